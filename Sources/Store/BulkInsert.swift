import GRDB

/// Many rows per statement (issue 4 "Speed"): at 50,000 follow-ups the cost of an import is
/// mostly per statement (binding, stepping, resetting), so a meeting's follow-ups, their
/// party, topic and search rows are written with a few multi-row statements instead of five
/// statements per follow-up. Statements are cached per row count.
enum BulkInsert {
    /// Rows per statement: 13 columns × 100 rows stays far below SQLite's variable limit.
    static let chunk = 100

    /// `head VALUES (?,…),(?,…)… tail` for `rows` tuples of `columns` values, cached.
    static func statement(_ db: Database, _ head: String, columns: Int, rows: Int, tail: String = "") throws -> Statement {
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return try db.cachedStatement(sql: head + " VALUES " + Array(repeating: tuple, count: rows).joined(separator: ",") + tail)
    }

    /// Executes `head VALUES … tail` over `values` (`columns` values per row), in chunks.
    static func execute(_ db: Database, _ head: String, columns: Int, values: [(any DatabaseValueConvertible)?]) throws {
        let rows = values.count / columns
        for start in stride(from: 0, to: rows, by: chunk) {
            let n = min(chunk, rows - start)
            try statement(db, head, columns: columns, rows: n)
                .execute(arguments: StatementArguments(values[(start * columns)..<((start + n) * columns)]))
        }
    }
}

extension DerivedRows {
    /// Inserts follow-ups of one meeting with their effective party rows (the user's
    /// correction when `follow_up_state` has one, else the extractor's), topic rows and
    /// search rows. A follow-up whose key is already taken is skipped, writing nothing.
    ///
    /// - Returns: the keys inserted, and how many of `rows` have owned state.
    static func insertFollowUps(_ db: Database, meetingID: Int64, _ rows: [FollowUpInput]) throws
        -> (inserted: Set<String>, withState: Int) {
        guard !rows.isEmpty else { return ([], 0) }
        // Owned state of these keys: one query per chunk, not one per follow-up.
        var corrected: [String: String] = [:]
        var withState = 0
        for start in stride(from: 0, to: rows.count, by: BulkInsert.chunk) {
            let keys = rows[start..<min(start + BulkInsert.chunk, rows.count)].map(\.key)
            let statement = try db.cachedStatement(
                sql: "SELECT key, parties FROM follow_up_state WHERE key IN (\(OverlegStore.marks(keys.count)))")
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(keys))
            while let row = try cursor.next() {
                withState += 1
                if let parties = row[1] as String? { corrected[row[0]] = parties }
            }
        }
        var inserted: [String: Int64] = [:]
        for start in stride(from: 0, to: rows.count, by: BulkInsert.chunk) {
            let slice = rows[start..<min(start + BulkInsert.chunk, rows.count)]
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(slice.count * 13)
            for f in slice {
                values += [f.key, meetingID, f.itemKey, f.itemTitle, StoreSchema.join(f.topics), f.position, f.text,
                           StoreSchema.join(f.parties), f.due, f.dueText, f.lineFirst, f.lineLast, f.origin]
            }
            let statement = try BulkInsert.statement(db, """
                INSERT INTO follow_up (key, meeting_id, item_key, item_title, topics, position, text, parties,
                                       due, due_text, line_first, line_last, origin)
                """, columns: 13, rows: slice.count, tail: " ON CONFLICT(key) DO NOTHING RETURNING id, key")
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(values))
            while let row = try cursor.next() { inserted[row[1]] = row[0] }
        }
        var parties: [(any DatabaseValueConvertible)?] = [], topics: [(any DatabaseValueConvertible)?] = []
        var search: [(any DatabaseValueConvertible)?] = []
        for f in rows {
            guard let id = inserted[f.key] else { continue }
            for party in corrected[f.key].map(StoreSchema.split) ?? f.parties { parties += [party, id] }
            for topic in f.topics { topics += [topic, id] }
            search += [id, f.text]
        }
        try BulkInsert.execute(db, "INSERT OR IGNORE INTO follow_up_party (party, follow_up_id)", columns: 2, values: parties)
        try BulkInsert.execute(db, "INSERT OR IGNORE INTO follow_up_topic (topic, follow_up_id)", columns: 2, values: topics)
        try BulkInsert.execute(db, "INSERT INTO follow_up_fts (rowid, text)", columns: 2, values: search)
        return (Set(inserted.keys), withState)
    }
}
