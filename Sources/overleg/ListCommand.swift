import ArgumentParser
import Dashboard
import Foundation
import Store

/// `overleg list [filters] [--format table|json|csv]` (issue 4 "Command line").
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List follow-ups (open ones by default) as a table, JSON or CSV.",
        discussion: """
        The table is aligned by display width; ids are the first 7 hex digits of a \
        follow-up's stable key (any unique prefix of 4 or more digits is accepted by done, \
        reopen, status and note). JSON: an array of objects with id, key, meeting {body, date}, \
        item, topics, text, parties, due, dueText, status, note, overdue, source, lines.

        \(CLIExit.help)
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var filters: CLIFilterOptions
    @Option(name: .long, help: "table (default), json or csv.")
    var format: Format = .table
    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try CLI.run {
            let db = try store.openStore(concurrentReads: false)
            let filter = filters.filter
            let rows = try db.followUps(filter)
            switch format {
            case .json:
                CLI.out(SafeText.json(String(decoding: try JSONExport.list(rows, today: filter.today), as: UTF8.self)) + "\n")
            case .csv:
                CLI.out(CSVExport.document(rows))
            case .table:
                CLI.out(Self.table(rows, today: filter.today, english: try language.isEnglish(),
                                   width: CLIText.terminalWidth()))
            }
        }
    }

    /// The human table: id, status, deadline (`!` when overdue), meeting, parties, text.
    static func table(_ rows: [FollowUpRow], today: String, english: Bool, width: Int?) -> String {
        guard !rows.isEmpty else {
            return english ? "No follow-ups match.\n" : "Geen actiepunten die aan het filter voldoen.\n"
        }
        let header = english
            ? ["ID", "Status", "Due", "Meeting", "Parties", "Follow-up"]
            : ["ID", "Status", "Deadline", "Overleg", "Partijen", "Actiepunt"]
        // Few distinct deadlines, statuses and meetings among thousands of rows (issue 4
        // "Speed"): each is formatted once; rows come ordered by meeting.
        var dates: [String: (plain: String, overdue: String)] = [:]
        func due(_ iso: String, overdue: Bool) -> String {
            let known = dates[iso] ?? {
                let text = CLIText.date(iso, english: english)
                dates[iso] = (text, text + " !")
                return (text, text + " !")
            }()
            return overdue ? known.overdue : known.plain
        }
        var statuses: [Store.FollowUpStatus: String] = [:]
        var meeting = (body: "", date: "", text: "")
        let cells = rows.map { r -> [String] in
            let due = r.due.map { due($0, overdue: r.isOverdue(today: today)) } ?? "-"
            var status = statuses[r.status] ?? {
                let label = CLIText.status(r.status, english: english)
                statuses[r.status] = label
                return label
            }()
            if r.noLongerFound { status += english ? " (gone)" : " (weg)" }
            if r.meetingBody != meeting.body || r.meetingDate != meeting.date {
                meeting = (r.meetingBody, r.meetingDate, "\(r.meetingBody) \(r.meetingDate)")
            }
            let parties = r.parties.count == 1 ? r.parties[0] : r.parties.isEmpty ? "-" : r.parties.joined(separator: ", ")
            return [r.shortID, status, due, meeting.text, parties, r.text]
        }
        return CLIText.table(header: header, rows: cells, width: width)
    }
}
