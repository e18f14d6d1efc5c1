import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export")
    func run() throws { throw ValidationError("'export' is not implemented yet") }
}
