import ArgumentParser
import Foundation
import Store

/// `overleg undo`: takes back the last change (status, note, correction), also one made in
/// an earlier session or in the dashboard.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Take back the last change to a follow-up (also after a restart).",
        discussion: CLIExit.help)

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let english = try language.isEnglish()
            let db = try store.openStore(concurrentReads: false)
            guard let undone = try db.undo() else {
                CLI.out(english ? "Nothing to undo.\n" : "Niets om ongedaan te maken.\n")
                return
            }
            let what = Self.label(undone.label, english: english)
            let ids = undone.keys.map { String($0.prefix(OverlegStore.shortIDLength)) }.joined(separator: " ")
            CLI.out(english ? "Undone: \(what) (\(ids)), done at \(undone.at)\n"
                            : "Ongedaan gemaakt: \(what) (\(ids)), van \(undone.at)\n")
        }
    }

    static func label(_ raw: String, english: Bool) -> String {
        if let status = FollowUpStatus(rawValue: raw) { return CLIText.status(status, english: english) }
        let nl = ["note": "notitie", "parties": "partijen", "due": "deadline", "dismiss": "verwijderd",
                  "restore": "teruggezet", "add": "toegevoegd"]
        return english ? raw : (nl[raw] ?? raw)
    }
}
