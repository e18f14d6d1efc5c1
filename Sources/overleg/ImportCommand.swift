import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import")
    func run() throws { throw ValidationError("'import' is not implemented yet") }
}
