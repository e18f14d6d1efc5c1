import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ReparseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reparse")
    func run() throws { throw ValidationError("'reparse' is not implemented yet") }
}
