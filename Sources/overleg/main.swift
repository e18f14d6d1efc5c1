import ArgumentParser
import Foundation
import Minutes
import OverlegResources
import Store
import Terminal
import Dashboard

print(EmbeddedResources.topicsJSON.count)
