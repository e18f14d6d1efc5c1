import ArgumentParser
import Foundation
import Store

/// `overleg reopen ID...`: marks follow-ups open again (Openstaand).
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Mark follow-ups open again (Openstaand). Undo with `overleg undo`.",
        discussion: CLIExit.help)

    @Argument(help: "Follow-up ids as `overleg list` shows them (a unique prefix of 4+ hex digits).")
    var ids: [String]
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run { try CLIStatusChange.apply(ids: ids, status: .open, store: store, language: language) }
    }
}
