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
            for m in stored {
                let meeting: Meeting
                do {
                    meeting = try CLIReadMeeting.reparse(m, lexicons: lexicons)
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
                let outcome = try db.importMeeting(meeting, force: true)
                total.add(outcome)
                CLI.out(CLIText.line("\(m.source): \(ImportTotals.summary(outcome, english: english))") + "\n")
            }
            CLI.out(total.line(files: stored.count, failed: failed, english: english) + "\n")
            if failed > 0 { throw ExitCode(CLIExit.inputFailed) }
        }
    }
}

