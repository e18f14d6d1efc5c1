import Foundation
import GRDB
import Minutes

/// Reading follow-ups, counts and meetings for the dashboard, `list` and `export`
/// (issue 4 "Speed": only the columns a screen needs, counts by SQL).
extension OverlegStore {
    /// The follow-ups the filter keeps, ordered by meeting date, body, then document order.
    /// - Throws: `StoreError`.
    public func followUps(_ filter: FollowUpFilter = FollowUpFilter()) throws -> [FollowUpRow] {
        let (condition, arguments) = Self.condition(filter)
        // Without a party or topic condition SQLite walks meeting_date_body and
        // follow_up_meeting in list order (no sort of every row). With one, it finds the rows
        // through that condition's index and would sort them, every column in the record, in
        // a temporary B-tree: sorted here by their keys they cost a quarter less (callgrind,
        // `list --party`, issue 4 "Speed").
        let sortHere = !filter.parties.isEmpty || filter.topic != nil
        return try read { db in
            // Cached per connection: the dashboard asks the same few filters again and again.
            // Columns read straight from SQLite (`RawStatement`): `list` maps thousands of rows.
            var statement = try RawStatement(db, sql: """
                SELECT \(Self.rowColumns), fu.position
                FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id
                LEFT JOIN follow_up_state s ON s.key = fu.key
                WHERE \(condition)
                \(sortHere ? "" : "ORDER BY m.date, m.body, fu.position")
                """, arguments: arguments)
            var rows: [FollowUpRow] = []
            var positions: [Int] = []
            while try statement.step() {
                rows.append(Self.row(statement))
                positions.append(statement.int(Int32(Self.rowColumnCount)))
            }
            guard sortHere else { return rows }
            return Self.listOrder(rows, positions: positions).map { rows[$0] }
        }
    }

    /// Indices of `rows` in list order: meeting date, body (as SQLite's NOCASE compares it:
    /// bytes, ASCII letters folded), then `positions` (document order within the meeting).
    static func listOrder(_ rows: [FollowUpRow], positions: [Int]) -> [Int] {
        func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        return rows.indices.sorted { a, b in
            let (x, y) = (rows[a], rows[b])
            if x.meetingDate != y.meetingDate { return x.meetingDate.utf8.lexicographicallyPrecedes(y.meetingDate.utf8) }
            if x.meetingBody != y.meetingBody {
                let (p, q) = (x.meetingBody.utf8, y.meetingBody.utf8)
                if !p.elementsEqual(q, by: { fold($0) == fold($1) }) {
                    return p.lexicographicallyPrecedes(q) { fold($0) < fold($1) }
                }
            }
            return positions[a] < positions[b]
        }
    }

    /// The one follow-up with this stable key (any status, dismissed too), or nil.
    public func followUp(key: String) throws -> FollowUpRow? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.rowColumns)
                FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id
                LEFT JOIN follow_up_state s ON s.key = fu.key WHERE fu.key = ?
                """, arguments: [key]).map(Self.row)
        }
    }

    /// Follow-ups per party under `filter` (its own party list ignored), most first — the
    /// party picker's counts.
    public func partyCounts(_ filter: FollowUpFilter = FollowUpFilter()) throws -> [NameCount] {
        var f = filter
        f.parties = []
        return try counts(f, table: "follow_up_party", column: "party")
    }

    /// Follow-ups per topic id under `filter`; with the default filter (status open) these are
    /// the open counts in the pane titles. Topics without follow-ups are absent.
    public func topicCounts(_ filter: FollowUpFilter = FollowUpFilter()) throws -> [NameCount] {
        try counts(filter, table: "follow_up_topic", column: "topic")
    }

    private func counts(_ filter: FollowUpFilter, table: String, column: String) throws -> [NameCount] {
        let (condition, arguments) = Self.condition(filter)
        // The meeting is joined only when the filter names one (the only condition on `m`):
        // a look-up per row less for the party picker and the pane titles.
        let meetingJoin = filter.meeting == nil ? "" : "JOIN meeting m ON m.id = fu.meeting_id"
        return try read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT x.\(column) AS name, count(*) AS n FROM \(table) x
                JOIN follow_up fu ON fu.id = x.follow_up_id \(meetingJoin)
                LEFT JOIN follow_up_state s ON s.key = fu.key
                WHERE \(condition) GROUP BY x.\(column) ORDER BY n DESC, name
                """)
            return try Row.fetchAll(statement, arguments: arguments).map { NameCount(name: $0[0], count: $0[1]) }
        }
    }

    /// Every meeting with its follow-up counts, ordered by date then body.
    public func meetings() throws -> [MeetingSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.body, m.date, m.title, m.source, m.source_hash,
                       count(CASE WHEN COALESCE(s.dismissed, 0) = 0 THEN fu.id END) AS n,
                       count(CASE WHEN COALESCE(s.dismissed, 0) = 0 AND COALESCE(s.status, 'open') = 'open' THEN fu.id END) AS open
                FROM meeting m LEFT JOIN follow_up fu ON fu.meeting_id = m.id
                LEFT JOIN follow_up_state s ON s.key = fu.key
                GROUP BY m.id ORDER BY m.date, m.body
                """).map {
                MeetingSummary(body: $0["body"], date: $0["date"], title: $0["title"], source: $0["source"],
                               sourceHash: $0["source_hash"], followUps: $0["n"], open: $0["open"])
            }
        }
    }

    static let effectiveDue = "(CASE WHEN s.due_set = 1 THEN s.due ELSE fu.due END)"
    static let effectiveStatus = "COALESCE(s.status, 'open')"

    /// The WHERE clause of `filter` over `fu` (follow_up), `m` (meeting), `s` (follow_up_state).
    static func condition(_ filter: FollowUpFilter) -> (String, StatementArguments) {
        var parts: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if !filter.includeDismissed { parts.append("COALESCE(s.dismissed, 0) = 0") }
        if !filter.parties.isEmpty {
            parts.append("fu.id IN (SELECT follow_up_id FROM follow_up_party WHERE party IN (\(marks(filter.parties.count))))")
            args += filter.parties.map { $0 }
        }
        if let topic = filter.topic {
            parts.append("fu.id IN (SELECT follow_up_id FROM follow_up_topic WHERE topic = ?)")
            args.append(topic)
        }
        if let status = filter.status {
            parts.append("\(effectiveStatus) = ?")
            args.append(status.rawValue)
        }
        switch filter.meeting {
        case .body(let body)?: parts.append("m.body = ?"); args.append(body)
        case .date(let date)?: parts.append("m.date = ?"); args.append(date)
        case .meeting(let body, let date)?: parts.append("m.body = ? AND m.date = ?"); args += [body, date]
        case nil: break
        }
        if filter.overdue {
            parts.append("\(effectiveDue) < ? AND \(effectiveStatus) IN ('open', 'partly')")
            args.append(filter.today)
        }
        if let before = filter.dueBefore {
            parts.append("\(effectiveDue) < ?")
            args.append(before)
        }
        if let text = filter.search, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let match = SearchQuery.literal(text) {
                parts.append("""
                    (fu.id IN (SELECT rowid FROM follow_up_fts WHERE follow_up_fts MATCH ?)
                     OR fu.item_key IN (SELECT i.key FROM item i WHERE i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)))
                    """)
                args += [match, "title : " + match]
            } else {
                parts.append("fu.text LIKE ? ESCAPE '\\'")
                args.append(SearchQuery.likePattern(text))
            }
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), StatementArguments(args))
    }

    static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

    /// Maps a row of `rowColumns` by column index (name lookups cost more than the query
    /// itself at 50,000 rows).
    static func row(_ r: some ColumnReader) -> FollowUpRow {
        let origin = r.text(16)
        return FollowUpRow(
            key: r.text(0), meetingBody: r.text(1), meetingDate: r.text(2), itemKey: r.text(4), itemTitle: r.text(5),
            topics: StoreSchema.split(r.text(6)), text: r.text(7), parties: StoreSchema.split(r.text(8)),
            due: r.optionalText(9), dueText: r.optionalText(10),
            status: FollowUpStatus(rawValue: r.text(11)) ?? .open, note: r.optionalText(12), changedAt: r.optionalText(13),
            lines: LineRange(r.int(14), r.int(15)), source: r.text(3),
            handAdded: origin == "manual", noLongerFound: origin == "missing", dismissed: r.int(17) != 0)
    }

    /// Columns in `rowColumns`.
    static let rowColumnCount = 18

    /// The select list `row(_:)` reads, in its order.
    static let rowColumns = """
        fu.key, m.body, m.date, m.source, fu.item_key, fu.item_title, fu.topics, fu.text,
        COALESCE(s.parties, fu.parties), \(effectiveDue), CASE WHEN s.due_set = 1 THEN NULL ELSE fu.due_text END,
        \(effectiveStatus), s.note, s.changed_at, fu.line_first, fu.line_last, fu.origin, COALESCE(s.dismissed, 0)
        """
}
