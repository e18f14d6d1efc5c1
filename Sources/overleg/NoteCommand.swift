import ArgumentParser
import Foundation
import Store

/// `overleg note ID TEXT`: sets the note of a follow-up (an empty text clears it).
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set the note of a follow-up (\"\" clears it). Undo with `overleg undo`.",
        discussion: CLIExit.help)

    @Argument(help: "Follow-up id as `overleg list` shows it.")
    var id: String
    @Argument(help: "The note; several words are joined by spaces.")
    var text: [String] = []
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let english = try language.isEnglish()
            let db = try store.openStore(concurrentReads: false)
            let key = try db.resolveID(id)
            let note = text.joined(separator: " ")
            try db.setNote(key: key, note: note)
            let short = String(key.prefix(OverlegStore.shortIDLength))
            let cleared = note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            CLI.out(cleared
                    ? (english ? "\(short): note cleared\n" : "\(short): notitie gewist\n")
                    : CLIText.line(english ? "\(short): note saved: \(note)" : "\(short): notitie bewaard: \(note)") + "\n")
        }
    }
}
