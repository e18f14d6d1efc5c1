import Foundation
import GRDB
import Minutes

/// An agenda item without its text: what a dashboard pane needs to list it.
public struct ItemSummary: Sendable, Hashable {
    /// The item's stable key.
    public var key: String
    public var meetingBody: String
    /// ISO date.
    public var meetingDate: String
    public var title: String
    /// Topic ids.
    public var topics: [String]
    /// 1-based inclusive lines in the source file.
    public var lines: LineRange
    /// The meeting's source file name.
    public var source: String
}

extension OverlegStore {
    /// Every agenda item of every meeting in one query, ordered by meeting date, body and
    /// document order — without texts or decisions (load those with `itemText(itemKey:)` /
    /// `itemDetail(itemKey:)` when the detail view opens). Issue 4 "Speed": only the
    /// columns a screen needs.
    public func itemSummaries() throws -> [ItemSummary] {
        try read { db in
            // Walks meeting_date_body and item_meeting_position: no sort. Mapped by column
            // index, as `row(_:)` is.
            let statement = try db.cachedStatement(sql: """
                SELECT i.key, m.body, m.date, i.title, i.topics, i.line_first, i.line_last, m.source
                FROM item i JOIN meeting m ON m.id = i.meeting_id ORDER BY m.date, m.body, i.position
                """)
            return try Array(Row.fetchCursor(statement).map {
                ItemSummary(key: $0[0], meetingBody: $0[1], meetingDate: $0[2], title: $0[3],
                            topics: StoreSchema.split($0[4]), lines: LineRange($0[5], $0[6]), source: $0[7])
            })
        }
    }

    /// The text of one agenda item (paragraphs joined by "\n"), or nil for an unknown key.
    public func itemText(itemKey: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT text FROM item WHERE key = ? LIMIT 1", arguments: [itemKey])
        }
    }
}
