import ArgumentParser
import Foundation
import Minutes
import Store

/// `overleg reparse`: runs the current extractor over every stored meeting's text and keeps
/// all owned state (issue 4 "Owned state").
struct ReparseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reparse",
        abstract: "Run the current extractor again over every stored meeting, keeping your statuses and notes.",
        discussion: CLIExit.help)

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let english = try language.isEnglish()
            let db = try store.openStore()
            let lexicons = try CLIReadMeeting.lexicons()
            var total = ImportTotals()
            var failed = 0
            let stored = try db.storedMeetings()
            // Extraction on all cores, a batch at a time; each batch stored in one transaction
            // with a savepoint per meeting (`importMeetings`, issue 4 "Speed"). Warnings of a
            // batch come before its lines, as with `import`.
            for start in stride(from: 0, to: stored.count, by: OverlegStore.importBatchSize) {
                let batch = Array(stored[start..<min(start + OverlegStore.importBatchSize, stored.count)])
                let read = ParallelMap.map(batch) { m in Result { try CLIReadMeeting.reparse(m, lexicons: lexicons) } }
                var meetings: [(source: String, meeting: Meeting)] = []
                for (m, result) in zip(batch, read) {
                    let meeting: Meeting
                    do {
                        meeting = try result.get()
                    } catch let e as CLIFailure {
                        CLI.warn(e.message)
                        failed += 1
                        continue
                    }
                    if meeting.body.lowercased() != m.body.lowercased() || meeting.date != m.date {
                        // The extractor now reads another body/date: import under the new identity and
                        // leave the old meeting (and its owned state) in place rather than lose anything.
                        CLI.warn("\(m.source): now read as \(meeting.body) \(meeting.date) (was \(m.body) \(m.date)); the old meeting is kept")
                    }
                    meetings.append((m.source, meeting))
                }
                var firstError: StoreError?
                for ((source, _), result) in zip(meetings, try db.importMeetings(meetings.map(\.meeting), force: true)) {
                    switch result {
                    case .success(let outcome):
                        total.add(outcome)
                        CLI.out(CLIText.line("\(source): \(ImportTotals.summary(outcome, english: english))") + "\n")
                    case .failure(let e):
                        firstError = firstError ?? e
                    }
                }
                // A store fault stops the reparse; the other meetings of the batch are stored.
                if let firstError { throw firstError }
            }
            CLI.out(total.line(files: stored.count, failed: failed, english: english) + "\n")
            if failed > 0 { throw ExitCode(CLIExit.inputFailed) }
        }
    }
}

