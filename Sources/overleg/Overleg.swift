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
        the store is empty); `overleg FILE...` imports the files first. --db and --lang may \
        stand before or after the subcommand (overleg --lang en list).
        """,
        subcommands: [
            OpenCommand.self, ParseCommand.self, ImportCommand.self, ListCommand.self,
            DoneCommand.self, ReopenCommand.self, StatusCommand.self, NoteCommand.self,
            UndoCommand.self, ExportCommand.self, ReparseCommand.self, RenderCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// `--db` and `--lang` before the subcommand (`overleg --lang en list`): the root takes
    /// them, and swift-argument-parser hands the decoded group to every subcommand that
    /// declares the same `@OptionGroup` type, so they work on either side of the subcommand's
    /// name. Hidden here: each subcommand's help lists them.
    @OptionGroup(visibility: .private) var store: StoreOptions
    @OptionGroup(visibility: .private) var language: LanguageOptions

    /// Runs before any subcommand: fixes the language of the one-line errors (`CLI.language`)
    /// from `--lang` wherever it stands on the command line (the root takes it from the whole
    /// line) or the locale.
    /// - Throws: `ValidationError` for a `--lang` other than nl or en (exit 64).
    func validate() throws {
        CLI.language = try language.language()
    }
}
