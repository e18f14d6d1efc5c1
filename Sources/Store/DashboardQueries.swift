import Foundation
import GRDB

/// The dashboard's first screen and what it loads on demand (issue 4 "Speed": the first frame
/// may not wait for the whole store; texts are read for the rows on screen only).
extension OverlegStore {
    /// Follow-ups per topic group: all that are not dismissed, and of those the pending ones
    /// (open or partly done).
    public struct TopicCount: Sendable, Hashable {
        public var followUps = 0
        public var pending = 0
        /// Zero counts.
        public init() {}
        init(followUps: Int, pending: Int) {
            self.followUps = followUps
            self.pending = pending
        }
    }

    /// Follow-ups per topic id (a follow-up with two topics counts under both), dismissed
    /// ones left out — the pane titles and sizes of the dashboard's first screen. Reads the
    /// topic index and the user's state only (a few ms at 50,000 follow-ups).
    /// - Throws: `StoreError`.
    public func followUpCountsByTopic() throws -> [String: TopicCount] {
        try read { db in
            var out: [String: TopicCount] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT topic, count(*) FROM follow_up_topic GROUP BY topic") {
                let n: Int = row[1]
                out[row[0]] = TopicCount(followUps: n, pending: n)
            }
            try Self.subtractState(db, from: &out, group: "t.topic", arguments: [])
            return out
        }
    }

    /// Follow-ups with at least one of `topics`, each counted once, dismissed ones left out
    /// (a pane that gathers several topics, when an item has more than one of them).
    /// - Throws: `StoreError`.
    public func followUpCount(anyTopicIn topics: [String]) throws -> TopicCount {
        let marks = Self.marks(topics.count)
        return try read { db in
            let n = try Int.fetchOne(db, sql: "SELECT count(DISTINCT follow_up_id) FROM follow_up_topic WHERE topic IN (\(marks))",
                                     arguments: StatementArguments(topics)) ?? 0
            var out = ["": TopicCount(followUps: n, pending: n)]
            try Self.subtractState(db, from: &out, group: "''", arguments: StatementArguments(topics),
                                   condition: "AND t.topic IN (\(marks))")
            return out[""] ?? TopicCount()
        }
    }

    /// Takes the user's state out of counts grouped by `group` (an expression over `t`,
    /// follow_up_topic): dismissed follow-ups out of both counts, done or lapsed ones out of
    /// the pending count.
    private static func subtractState(_ db: Database, from counts: inout [String: TopicCount], group: String,
                                      arguments: StatementArguments, condition: String = "") throws {
        // CROSS JOIN fixes the order: from the state (a row per follow-up the user touched)
        // to its follow-up and topics. Left to itself SQLite started from the topic index and
        // read every follow-up (10,000 pages at 50,000 follow-ups).
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(group) AS grp, s.dismissed, count(DISTINCT fu.id) AS n
            FROM follow_up_state s CROSS JOIN follow_up fu ON fu.key = s.key
            CROSS JOIN follow_up_topic t ON t.follow_up_id = fu.id
            WHERE (s.dismissed = 1 OR s.status IN ('done', 'lapsed')) \(condition)
            GROUP BY grp, s.dismissed
            """, arguments: arguments)
        for row in rows {
            let group: String = row["grp"]
            let dismissed: Bool = row["dismissed"]
            let n: Int = row["n"]
            counts[group, default: TopicCount()].pending -= n
            if dismissed { counts[group, default: TopicCount()].followUps -= n }
        }
    }

    /// Agenda items per distinct topic list (item counts per pane, without reading the items).
    /// - Throws: `StoreError`.
    public func itemCountsByTopics() throws -> [(topics: [String], count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT topics, count(*) FROM item GROUP BY topics").map { (StoreSchema.split($0[0]), $0[1]) }
        }
    }

    /// The newest agenda items (newest meeting first, then document order) until `keep` has
    /// accepted `limit` items for every group it sorts them into, or all items are read.
    ///
    /// - Parameters:
    ///   - keep: the groups (e.g. dashboard panes) an item with these topic ids belongs to.
    ///   - limit: items wanted per group.
    /// - Returns: the number of meetings in the store, the meetings of the items taken (in date
    ///   order), the items taken in newest-first order (`meeting` indexes the meetings
    ///   returned), and their follow-ups that are not dismissed (document order), each with
    ///   its row id.
    /// - Throws: `StoreError`.
    public func newestItems(groups: Int, limit: Int, keep: ([String]) -> [Int])
        throws -> (meetingCount: Int, meetings: [DashboardSnapshot.Meeting], items: [DashboardSnapshot.Item],
                   followUps: [(id: Int64, row: FollowUpRow)]) {
        try read { db in
            var taken = [Int](repeating: 0, count: groups)
            var items: [DashboardSnapshot.Item] = []
            var meetingIDs: Set<Int64> = []
            // Newest meeting first (the same date: body order), each meeting's items in
            // document order, until every group has its items: no sort of all items.
            // (From the (date, body) index: a meeting row holds its whole text.)
            let newest = try Int64.fetchAll(db, sql: "SELECT id FROM meeting ORDER BY date DESC, body")
            var itemMeetingIDs: [Int64] = []
            let itemsOfMeeting = try db.cachedStatement(sql: """
                SELECT key, title, topics, line_first, line_last FROM item WHERE meeting_id = ? ORDER BY position
                """)
            for meetingID in newest where taken.contains(where: { $0 < limit }) {
                for row in try Row.fetchAll(itemsOfMeeting, arguments: [meetingID]) {
                    let topics = StoreSchema.split(row[2])
                    let wanted = keep(topics).filter { $0 >= 0 && $0 < groups && taken[$0] < limit }
                    guard !wanted.isEmpty else { continue }
                    for g in wanted { taken[g] += 1 }
                    meetingIDs.insert(meetingID)
                    itemMeetingIDs.append(meetingID)
                    items.append(.init(key: row[0], meeting: -1, title: row[1], topics: topics,
                                       lineFirst: row[3], lineLast: row[4]))
                }
            }
            guard !items.isEmpty else { return (newest.count, [], [], []) }
            let ids = Array(meetingIDs)
            let (meetings, meetingIndex) = try Self.dashboardMeetings(
                db, where: "id IN (\(Self.marks(ids.count)))", arguments: StatementArguments(ids))
            for k in items.indices { items[k].meeting = meetingIndex[itemMeetingIDs[k]] ?? -1 }
            let keys = items.map(\.key)
            let followUps = try Row.fetchAll(db, sql: """
                SELECT \(Self.rowColumns), fu.id
                FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id
                LEFT JOIN follow_up_state s ON s.key = fu.key
                WHERE fu.meeting_id IN (\(Self.marks(meetingIDs.count))) AND fu.item_key IN (\(Self.marks(keys.count)))
                  AND COALESCE(s.dismissed, 0) = 0
                ORDER BY m.date, m.body, fu.position
                """, arguments: StatementArguments(meetingIDs.map { $0 as any DatabaseValueConvertible } + keys.map { $0 as any DatabaseValueConvertible })).map { row in
                (id: row[Self.rowIDColumn] as Int64, row: Self.row(row))
            }
            return (newest.count, meetings, items, followUps)
        }
    }

    /// Index of `fu.id` after `rowColumns` in the queries above.
    static let rowIDColumn = 18

    /// The follow-ups with these row ids (from `dashboardSnapshot()`), as full rows by row id.
    /// Ids no longer in the store are absent.
    /// - Throws: `StoreError`.
    public func followUpRows(ids: [Int64]) throws -> [Int64: FollowUpRow] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var out: [Int64: FollowUpRow] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(Self.rowColumns), fu.id
                    FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id
                    LEFT JOIN follow_up_state s ON s.key = fu.key WHERE fu.id IN (\(Self.marks(chunk.count)))
                    """, arguments: StatementArguments(chunk))
                for row in rows { out[row[Self.rowIDColumn]] = Self.row(row) }
            }
            return out
        }
    }

    /// What the dashboard's search (`/`) finds: the row ids of the follow-ups whose sentence
    /// matches and the keys of the agenda items whose title matches, the text taken literally
    /// (FTS5 as `FollowUpFilter.search`: words in order, the last one as a prefix; text without
    /// letters or digits as a plain substring).
    /// - Throws: `StoreError`.
    public func searchMatches(_ text: String) throws -> (followUps: [Int64], itemKeys: [String]) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return ([], []) }
        return try read { db in
            if let match = SearchQuery.literal(text) {
                let fus = try Int64.fetchAll(db, sql: "SELECT rowid FROM follow_up_fts WHERE follow_up_fts MATCH ?", arguments: [match])
                let items = try String.fetchAll(db, sql: """
                    SELECT i.key FROM item i WHERE i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)
                    """, arguments: ["title : " + match])
                return (fus, items)
            }
            let like = SearchQuery.likePattern(text)
            let fus = try Int64.fetchAll(db, sql: "SELECT id FROM follow_up WHERE text LIKE ? ESCAPE '\\'", arguments: [like])
            let items = try String.fetchAll(db, sql: "SELECT key FROM item WHERE title LIKE ? ESCAPE '\\'", arguments: [like])
            return (fus, items)
        }
    }
}
