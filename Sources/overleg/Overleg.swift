import ArgumentParser
import Foundation

/// The `overleg` command: a terminal dashboard of the follow-ups of Dutch administrative
/// safety and police consultations (DESIGN.md "Command line").
@main
struct Overleg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overleg",
        abstract: "Follow-ups of LOVP, Veiligheidsberaad and regional safety meetings in a terminal dashboard.",
        discussion: """
        Without a subcommand, opens the dashboard on the store (a built-in demo meeting when \
        the store is empty); `overleg FILE...` imports the files first.
        """,
        subcommands: [
            OpenCommand.self, ParseCommand.self, ImportCommand.self, ListCommand.self,
            DoneCommand.self, ReopenCommand.self, StatusCommand.self, NoteCommand.self,
            UndoCommand.self, ExportCommand.self, ReparseCommand.self, RenderCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
