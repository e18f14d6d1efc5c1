import GRDB

/// Many rows per statement (issue 4 "Speed"): at 50,000 follow-ups the cost of an import is
/// mostly per statement (binding, stepping, resetting), so a meeting's follow-ups and their
/// party and topic rows are written with a few multi-row statements instead of several
/// statements per follow-up, bound through `RawStatement`. Statements are cached per row count.
enum BulkInsert {
    /// Rows per statement: 13 columns × 100 rows stays far below SQLite's variable limit.
    static let chunk = 100

    /// `head VALUES (?,…),(?,…)… tail` for `rows` tuples of `columns` values.
    static func sql(_ head: String, columns: Int, rows: Int, tail: String = "") -> String {
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return head + " VALUES " + Array(repeating: tuple, count: rows).joined(separator: ",") + tail
    }

    /// Executes `head VALUES (?, ?)…` over `pairs` (a text and a row id each), in chunks.
    static func insertPairs(_ db: Database, _ head: String, _ pairs: [(String, Int64)]) throws {
        for start in stride(from: 0, to: pairs.count, by: chunk) {
            let end = min(start + chunk, pairs.count)
            var statement = try RawStatement(db, sql: sql(head, columns: 2, rows: end - start))
            for (text, id) in pairs[start..<end] {
                try statement.bind(text)
                try statement.bind(id)
            }
            try statement.run()
        }
    }
}

extension DerivedRows {
    /// Inserts follow-ups of one meeting with their effective party rows (the user's
    /// correction when `follow_up_state` has one, else the extractor's) and topic rows; the
    /// new rows' ids go to `search` (their search rows are written later, `SearchRows`).
    /// A follow-up whose key is already taken is skipped, writing nothing.
    ///
    /// - Returns: the keys inserted, and how many of `rows` have owned state.
    static func insertFollowUps(_ db: Database, meetingID: Int64, _ rows: [FollowUpInput], search: inout SearchRows) throws
        -> (inserted: Set<String>, withState: Int) {
        guard !rows.isEmpty else { return ([], 0) }
        // Owned state of these keys: one query per chunk, not one per follow-up.
        var corrected: [String: String] = [:]
        var withState = 0
        for start in stride(from: 0, to: rows.count, by: BulkInsert.chunk) {
            let slice = rows[start..<min(start + BulkInsert.chunk, rows.count)]
            var statement = try RawStatement(
                db, sql: "SELECT key, parties FROM follow_up_state WHERE key IN (\(OverlegStore.marks(slice.count)))")
            for f in slice { try statement.bind(f.key) }
            while try statement.step() {
                withState += 1
                if !statement.isNull(1) { corrected[statement.text(0)] = statement.text(1) }
            }
        }
        var inserted: [String: Int64] = [:]
        for start in stride(from: 0, to: rows.count, by: BulkInsert.chunk) {
            let slice = rows[start..<min(start + BulkInsert.chunk, rows.count)]
            var statement = try RawStatement(db, sql: BulkInsert.sql("""
                INSERT INTO follow_up (key, meeting_id, item_key, item_title, topics, position, text, parties,
                                       due, due_text, line_first, line_last, origin)
                """, columns: 13, rows: slice.count, tail: " ON CONFLICT(key) DO NOTHING RETURNING id, key"))
            for f in slice {
                try statement.bind(f.key); try statement.bind(meetingID); try statement.bind(f.itemKey)
                try statement.bind(f.itemTitle); try statement.bind(StoreSchema.join(f.topics)); try statement.bind(f.position)
                try statement.bind(f.text); try statement.bind(StoreSchema.join(f.parties)); try statement.bind(f.due)
                try statement.bind(f.dueText); try statement.bind(f.lineFirst); try statement.bind(f.lineLast)
                try statement.bind(f.origin)
            }
            while try statement.step() { inserted[statement.text(1)] = statement.int64(0) }
        }
        var parties: [(String, Int64)] = [], topics: [(String, Int64)] = []
        for f in rows {
            guard let id = inserted[f.key] else { continue }
            for party in corrected[f.key].map(StoreSchema.split) ?? f.parties { parties.append((party, id)) }
            for topic in f.topics { topics.append((topic, id)) }
            search.followUps.append(id)
        }
        try BulkInsert.insertPairs(db, "INSERT OR IGNORE INTO follow_up_party (party, follow_up_id)", parties)
        try BulkInsert.insertPairs(db, "INSERT OR IGNORE INTO follow_up_topic (topic, follow_up_id)", topics)
        return (Set(inserted.keys), withState)
    }
}
