import Foundation
import GRDB
import Minutes

/// An agenda item with its text and decisions, loaded on demand (detail view, export).
public struct ItemDetail: Sendable, Hashable {
    public var key: String
    public var meetingBody: String
    /// ISO date.
    public var meetingDate: String
    public var title: String
    public var topics: [String]
    /// 1-based inclusive lines in the source file.
    public var lines: LineRange
    /// The item's cleaned text (paragraphs joined by "\n").
    public var text: String
    public var decisions: [DecisionRow]
}

/// A decision as stored.
public struct DecisionRow: Sendable, Hashable {
    public var key: String
    public var text: String
    public var lines: LineRange
}

/// A stored meeting's source, for `reparse`.
public struct StoredMeeting: Sendable, Hashable {
    public var body: String
    public var date: String
    public var title: String
    public var source: String
    public var sourceHash: String
    /// The decoded text as imported, lines numbered as in the file.
    public var text: String
}

extension OverlegStore {
    /// The agenda item with this stable key, its text and decisions; nil when unknown.
    public func itemDetail(itemKey: String) throws -> ItemDetail? {
        try read { db in try Self.items(db, where: "i.key = ?", [itemKey]).first }
    }

    /// All agenda items of one meeting in document order, with text and decisions.
    public func items(body: String, date: String) throws -> [ItemDetail] {
        try read { db in try Self.items(db, where: "m.body = ? AND m.date = ?", [body, date]) }
    }

    /// Every agenda item of every meeting in meeting and document order, with text and
    /// decisions, in two queries (prefer `itemSummaries()` when the texts are not needed yet).
    public func allItems() throws -> [ItemDetail] {
        try read { db in try Self.items(db, where: "1", []) }
    }

    /// The full text of a meeting as imported (lines as in the file), or nil.
    public func meetingText(body: String, date: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT text FROM meeting WHERE body = ? AND date = ?", arguments: [body, date])
        }
    }

    /// Every stored meeting with its text, ordered by date and body (for `reparse`).
    public func storedMeetings() throws -> [StoredMeeting] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT body, date, title, source, source_hash, text FROM meeting ORDER BY date, body").map {
                StoredMeeting(body: $0["body"], date: $0["date"], title: $0["title"], source: $0["source"],
                              sourceHash: $0["source_hash"], text: $0["text"])
            }
        }
    }

    /// Items matching `condition` (over `i` item, `m` meeting) with their decisions: two
    /// queries in all, whatever the number of items.
    private static func items(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [ItemDetail] {
        var decisions: [String: [DecisionRow]] = [:]
        let decisionRows = try Row.fetchCursor(db, sql: """
            SELECT d.meeting_id, d.item_key, d.key, d.text, d.line_first, d.line_last FROM decision d
            WHERE d.meeting_id IN (SELECT DISTINCT m.id FROM item i JOIN meeting m ON m.id = i.meeting_id WHERE \(condition))
            ORDER BY d.position
            """, arguments: arguments)
        while let r = try decisionRows.next() {
            let owner = "\(r[0] as Int64)|\(r[1] as String)"
            decisions[owner, default: []].append(DecisionRow(key: r[2], text: r[3], lines: LineRange(r[4], r[5])))
        }
        return try Row.fetchAll(db, sql: """
            SELECT i.key, i.title, i.topics, i.line_first, i.line_last, i.text, m.body, m.date, m.id
            FROM item i JOIN meeting m ON m.id = i.meeting_id WHERE \(condition) ORDER BY m.date, m.body, i.position
            """, arguments: arguments).map { r in
            ItemDetail(key: r[0], meetingBody: r[6], meetingDate: r[7], title: r[1], topics: StoreSchema.split(r[2]),
                       lines: LineRange(r[3], r[4]), text: r[5], decisions: decisions["\(r[8] as Int64)|\(r[0] as String)"] ?? [])
        }
    }
}
