import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done")
    func run() throws { throw ValidationError("'done' is not implemented yet") }
}
