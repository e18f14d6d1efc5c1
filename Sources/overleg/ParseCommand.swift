import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse")
    func run() throws { throw ValidationError("'parse' is not implemented yet") }
}
