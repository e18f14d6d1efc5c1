import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note")
    func run() throws { throw ValidationError("'note' is not implemented yet") }
}
