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
            // Files read ahead and imported in batches of `importBatchSize` meetings, one
            // transaction per batch and a savepoint per meeting (issue 4 "Speed"); the lines
            // are printed in file order once their batch is stored.
            var pending: [(url: URL, read: CLIReadMeeting.Either)] = []
            var flushes = 0   // batches stored so far
            func flush() throws {
                flushes += 1
                let meetings = pending.compactMap { if case .meeting(let m) = $0.read { m } else { nil } }
                var results = try db.importMeetings(meetings).makeIterator()
                var firstError: StoreError?
                for (url, read) in pending {
                    let outcome: ImportOutcome
                    switch read {
                    case .unchanged(let known): outcome = known
                    case .meeting:
                        switch results.next() {
                        case .success(let o)?: outcome = o
                        case .failure(let e)?: firstError = firstError ?? e; continue
                        case nil: continue
                        }
                    }
                    total.add(outcome)
                    CLI.out(CLIText.line("\(url.lastPathComponent): \(ImportTotals.summary(outcome, english: english))") + "\n")
                }
                pending.removeAll()
                // A store fault stops the import as before; the other meetings of the batch are stored.
                if let firstError { throw firstError }
            }
            // Files are read and extracted ahead, a window at a time on all cores; their results
            // are taken in file order as before. A read that found the content already stored
            // is read again when a batch was stored since (the store may have changed).
            var ahead: [Result<CLIReadMeeting.Either, any Error>] = []
            var aheadStart = 0, aheadFlushes = 0
            for (index, url) in files.enumerated() {
                if index == aheadStart + ahead.count {
                    aheadStart = index
                    aheadFlushes = flushes
                    let window = Array(files[index..<min(index + OverlegStore.importBatchSize, files.count)])
                    ahead = ParallelMap.map(window) { url in
                        Result { try CLIReadMeeting.read(url, lexicons: lexicons, store: db) }
                    }
                }
                do {
                    var read = try ahead[index - aheadStart].get()
                    if case .unchanged = read, flushes > aheadFlushes {
                        read = try CLIReadMeeting.read(url, lexicons: lexicons, store: db)
                    }
                    if case .unchanged(let known) = read, pending.contains(where: { Self.sameMeeting($0.read, known) }) {
                        // A pending file revises this meeting: store it first, as file-by-file import would.
                        try flush()
                        read = try CLIReadMeeting.read(url, lexicons: lexicons, store: db)
                    }
                    if case .meeting(let m) = read {
                        if pending.contains(where: { Self.sameMeeting($0.read, m.body, m.date) }) { try flush() }
                        if let newer = try Self.newerFile(of: m, than: url, among: files, in: db) {
                            // Two versions of one meeting in what is imported: the newer file stays,
                            // so that importing the folder again changes nothing.
                            total.skipped += 1
                            CLI.out(CLIText.line("\(url.lastPathComponent): \(m.body) \(m.date): " + (english
                                ? "skipped, \(newer) is a newer file of this meeting"
                                : "overgeslagen, \(newer) is een nieuwer bestand van dit overleg")) + "\n")
                            continue
                        }
                    }
                    pending.append((url, read))
                } catch let e as CLIFailure {
                    CLI.warn(e.message)
                    failed += 1
                    continue
                }
                if pending.count >= OverlegStore.importBatchSize { try flush() }
            }
            try flush()
            CLI.out(total.line(files: files.count, failed: failed, english: english) + "\n")
            if failed > 0 { throw ExitCode(CLIExit.inputFailed) }
        }
    }

    /// Whether a read-ahead meeting has the body (case-insensitive, as the store compares)
    /// and date of `outcome`.
    static func sameMeeting(_ read: CLIReadMeeting.Either, _ outcome: ImportOutcome) -> Bool {
        sameMeeting(read, outcome.body, outcome.date)
    }

    static func sameMeeting(_ read: CLIReadMeeting.Either, _ body: String, _ date: String) -> Bool {
        guard case .meeting(let m) = read else { return false }
        return m.date == date && m.body.lowercased() == body.lowercased()
    }

    /// The name of the file among `files` that the store holds `meeting` from, when it is
    /// another file than `url` and newer (modification time; the same time: the later name).
    static func newerFile(of meeting: Meeting, than url: URL, among files: [URL], in store: OverlegStore) throws -> String? {
        guard let stored = try store.source(ofMeeting: meeting.body, date: meeting.date),
              stored != url.lastPathComponent else { return nil }
        let mine = modified(url)
        let newer = files.first { other in
            other.lastPathComponent == stored && (modified(other), stored) > (mine, url.lastPathComponent)
        }
        return newer?.lastPathComponent
    }

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}


/// Counting and wording of import results (shared with `reparse`).
struct ImportTotals {
    var new = 0, updated = 0, unchanged = 0, skipped = 0, followUps = 0

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
            ? "Total: \(files) file(s); meetings \(new) new, \(updated) updated, \(unchanged) unchanged; \(followUps) follow-ups found"
                + (skipped > 0 ? "; \(skipped) skipped (older version)" : "") + (failed > 0 ? "; \(failed) failed" : "")
            : "Totaal: \(files) bestand(en); overleggen \(new) nieuw, \(updated) bijgewerkt, \(unchanged) ongewijzigd; \(followUps) actiepunten gevonden"
                + (skipped > 0 ? "; \(skipped) overgeslagen (oudere versie)" : "") + (failed > 0 ? "; \(failed) mislukt" : "")
    }
}
