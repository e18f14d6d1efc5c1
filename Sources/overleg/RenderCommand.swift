import ArgumentParser
import Foundation

// STUB: replaced by the work that owns this command.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render")
    func run() throws { throw ValidationError("'render' is not implemented yet") }
}
