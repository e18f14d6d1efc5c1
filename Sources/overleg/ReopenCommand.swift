import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen")
    func run() throws { throw ValidationError("'reopen' is not implemented yet") }
}
