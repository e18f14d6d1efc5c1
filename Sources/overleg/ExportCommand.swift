import ArgumentParser
import Dashboard
import Foundation
import Store

/// `overleg export --format json|csv|markdown|ics [filters]` (issue 4 "Command line").
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export follow-ups as JSON, CSV (RFC 4180), a Markdown action list, or iCalendar to-dos.",
        discussion: """
        json: meetings with items, decisions and follow-ups. csv: one row per follow-up. \
        markdown: an action list grouped by topic and party, for the next meeting's papers. \
        ics: one VTODO per follow-up with a deadline (RFC 5545). The filters are those of \
        `overleg list` (open follow-ups by default; --status all for every one).

        \(CLIExit.help)
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, markdown, ics }

    @Option(name: .long, help: "json, csv, markdown or ics.")
    var format: Format
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?
    @OptionGroup var filters: CLIFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let db = try store.openStore(concurrentReads: false)
            let filter = filters.filter
            let rows = try db.followUps(filter)
            let english = try language.isEnglish()
            let text: String
            switch format {
            case .csv:
                text = CSVExport.document(rows)
            case .ics:
                text = ICalendarExport.document(rows)
            case .markdown:
                let topics = CLIText.topics
                text = MarkdownExport.document(rows, labels: english ? .english : .dutch,
                                               topicTitle: { topics.titles[$0] ?? $0 }, topicOrder: topics.order)
            case .json:
                let involved = Set(rows.map { "\($0.meetingBody)\u{1F}\($0.meetingDate)" })
                let meetings = try db.meetings().filter { involved.contains("\($0.body)\u{1F}\($0.date)") }
                let items = try meetings.flatMap { try db.items(body: $0.body, date: $0.date) }
                text = SafeText.json(String(decoding: try JSONExport.export(rows, meetings: meetings, items: items,
                                                                           today: filter.today), as: UTF8.self)) + "\n"
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CLIFailure(message: CLIMessages.exportNotWritten(output, error, language: CLI.language),
                                     exitCode: CLIExit.inputFailed)
                }
            } else {
                CLI.out(text)
            }
        }
    }
}
