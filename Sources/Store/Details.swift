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

    private static func items(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [ItemDetail] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT i.key, i.title, i.topics, i.line_first, i.line_last, i.text, m.body, m.date, m.id AS meeting_id
            FROM item i JOIN meeting m ON m.id = i.meeting_id WHERE \(condition) ORDER BY m.date, m.body, i.position
            """, arguments: arguments)
        return try rows.map { r in
            let decisions = try Row.fetchAll(db, sql: """
                SELECT key, text, line_first, line_last FROM decision WHERE meeting_id = ? AND item_key = ? ORDER BY position
                """, arguments: [r["meeting_id"], r["key"]]).map {
                DecisionRow(key: $0["key"], text: $0["text"], lines: LineRange($0["line_first"], $0["line_last"]))
            }
            return ItemDetail(key: r["key"], meetingBody: r["body"], meetingDate: r["date"], title: r["title"],
                              topics: StoreSchema.split(r["topics"]), lines: LineRange(r["line_first"], r["line_last"]),
                              text: r["text"], decisions: decisions)
        }
    }
}
