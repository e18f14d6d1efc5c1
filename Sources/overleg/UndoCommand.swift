import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo")
    func run() throws { throw ValidationError("'undo' is not implemented yet") }
}
