import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list")
    func run() throws { throw ValidationError("'list' is not implemented yet") }
}
