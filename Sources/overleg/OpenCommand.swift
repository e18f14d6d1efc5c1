import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open")
    func run() throws { throw ValidationError("'open' is not implemented yet") }
}
