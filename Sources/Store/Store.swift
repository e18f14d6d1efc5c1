import Foundation
import GRDB
import Minutes
