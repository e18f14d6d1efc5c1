import ArgumentParser
import Foundation
import Minutes
import Store

/// `overleg import PATH...`: reads minutes into the store (issue 4 "Import many").
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import minutes (files, or folders searched for .txt .md .docx .pdf) into the store.",
        discussion: """
        Prints one line per file and a total. Importing the same content again changes \
        nothing; a revised file of the same meeting (same body and date) replaces what was \
        extracted and keeps what you did (status, notes, corrections), also for a lightly \
        edited sentence; follow-ups no longer found are kept and marked.

        \(CLIExit.help)
        """)

    @Argument(help: "Files and folders to import.", completion: .file())
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let english = try language.isEnglish()
            var files: [URL] = []
            var failed = 0
            for path in paths {
                do {
                    files += try CLIReadMeeting.files(path)
                } catch let e as CLIFailure {
                    CLI.warn(e.message)
                    failed += 1
                }
            }
            if files.isEmpty && failed == 0 {
                throw CLIFailure(message: "\(paths.joined(separator: " ")): no minutes found (.txt .md .docx .pdf)",
                                 exitCode: CLIExit.inputFailed)
            }
            let lexicons = try CLIReadMeeting.lexicons()
            let db = try store.openStore()
            var total = ImportTotals()
            for url in files {
                let outcome: ImportOutcome
                do {
                    switch try CLIReadMeeting.read(url, lexicons: lexicons, store: db) {
                    case .meeting(let meeting): outcome = try db.importMeeting(meeting)
                    case .unchanged(let known): outcome = known
                    }
                } catch let e as CLIFailure {
                    CLI.warn(e.message)
                    failed += 1
                    continue
                }
                total.add(outcome)
                CLI.out(CLIText.line("\(url.lastPathComponent): \(ImportTotals.summary(outcome, english: english))") + "\n")
            }
            CLI.out(total.line(files: files.count, failed: failed, english: english) + "\n")
            if failed > 0 { throw ExitCode(CLIExit.inputFailed) }
        }
    }
}


/// Counting and wording of import results (shared with `reparse`).
struct ImportTotals {
    var new = 0, updated = 0, unchanged = 0, followUps = 0

    mutating func add(_ o: ImportOutcome) {
        switch o.kind {
        case .new: new += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
        followUps += o.followUps
    }

    /// `LOVP 2017-04-10: nieuw, 12 actiepunten` and the like.
    static func summary(_ o: ImportOutcome, english: Bool) -> String {
        let head = "\(o.body) \(o.date)"
        var parts: [String]
        switch (o.kind, english) {
        case (.new, false): parts = ["nieuw", "\(o.followUps) actiepunten"]
        case (.new, true): parts = ["new", "\(o.followUps) follow-ups"]
        case (.unchanged, false): parts = ["ongewijzigd", "\(o.followUps) actiepunten"]
        case (.unchanged, true): parts = ["unchanged", "\(o.followUps) follow-ups"]
        case (.updated, false):
            parts = ["bijgewerkt", "\(o.followUps) actiepunten",
                     "\(o.carriedOver) met eigen status behouden" + (o.matchedBySimilarity > 0 ? " (\(o.matchedBySimilarity) op gelijkenis)" : ""),
                     "\(o.newFollowUps) nieuw", "\(o.noLongerFound.count) niet meer gevonden (bewaard)"]
        case (.updated, true):
            parts = ["updated", "\(o.followUps) follow-ups",
                     "\(o.carriedOver) with your state kept" + (o.matchedBySimilarity > 0 ? " (\(o.matchedBySimilarity) by similarity)" : ""),
                     "\(o.newFollowUps) new", "\(o.noLongerFound.count) no longer found (kept)"]
        }
        if let previous = o.previousSource {
            parts.append(english ? "replaces \(previous)" : "vervangt \(previous)")
        }
        if !o.noLongerFound.isEmpty {
            parts.append("ids " + o.noLongerFound.map { String($0.prefix(OverlegStore.shortIDLength)) }.joined(separator: " "))
        }
        return head + ": " + parts.joined(separator: ", ")
    }

    func line(files: Int, failed: Int, english: Bool) -> String {
        english
            ? "Total: \(files) file(s); meetings \(new) new, \(updated) updated, \(unchanged) unchanged; \(followUps) follow-ups found" + (failed > 0 ? "; \(failed) failed" : "")
            : "Totaal: \(files) bestand(en); overleggen \(new) nieuw, \(updated) bijgewerkt, \(unchanged) ongewijzigd; \(followUps) actiepunten gevonden" + (failed > 0 ? "; \(failed) mislukt" : "")
    }
}
