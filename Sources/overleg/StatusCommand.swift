import ArgumentParser
import Foundation
import Store

/// `overleg status ID STATUS`: sets any status (open, done, partly, lapsed, or the Dutch terms).
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set the status of a follow-up: open, done, partly or lapsed (Openstaand, Afgerond, Deels afgerond, Vervallen).",
        discussion: CLIExit.help)

    @Argument(help: "Follow-up id as `overleg list` shows it.")
    var id: String
    @Argument(help: "open, done, partly or lapsed (or openstaand, afgerond, deels, vervallen).")
    var status: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if FollowUpStatus(parsing: status) == nil {
            throw ValidationError("status must be open, done, partly or lapsed, not '\(status)'")
        }
    }

    func run() throws {
        try CLI.run {
            guard let parsed = FollowUpStatus(parsing: status) else { return }
            try CLIStatusChange.apply(ids: [id], status: parsed, store: store, language: language)
        }
    }
}
