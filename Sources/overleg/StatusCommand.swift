import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status")
    func run() throws { throw ValidationError("'status' is not implemented yet") }
}
