import ArgumentParser
import Foundation
import Store

/// `overleg done ID...`: marks follow-ups done (Afgerond).
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark follow-ups done (Afgerond). Undo with `overleg undo`.",
        discussion: CLIExit.help)

    @Argument(help: "Follow-up ids as `overleg list` shows them (a unique prefix of 4+ hex digits).")
    var ids: [String]
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run { try CLIStatusChange.apply(ids: ids, status: .done, store: store, language: language) }
    }
}
