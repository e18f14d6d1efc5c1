import GRDB

/// Search (FTS5) rows still to be written for derived rows just inserted: the ids of new
/// follow-up, item and decision rows. An import writes them once per batch, with one
/// `INSERT … SELECT` per run of consecutive ids, instead of with every meeting (issue 4
/// "Speed"): SQLite 3.40's FTS5 flushes its pending terms to a new index segment at every
/// statement savepoint, so search rows written meeting by meeting cost a segment (and later
/// merges) per statement — an eighth of an import's instructions (callgrind).
///
/// Rule that keeps the external-content index right (migration 004): a search row is
/// deleted from the text of its derived row, so pending rows are written (`write`) before
/// any derived row is deleted or changed in the same transaction.
struct SearchRows {
    var followUps: [Int64] = []
    var items: [Int64] = []
    var decisions: [Int64] = []

    var isEmpty: Bool { followUps.isEmpty && items.isEmpty && decisions.isEmpty }

    /// Writes the search rows of all pending ids from their derived rows, and forgets them.
    mutating func write(_ db: Database) throws {
        try Self.write(db, followUps, "INSERT INTO follow_up_fts (rowid, text) SELECT id, text FROM follow_up")
        try Self.write(db, items, "INSERT INTO item_fts (rowid, title, text) SELECT id, title, text FROM item")
        try Self.write(db, decisions, "INSERT INTO decision_fts (rowid, text) SELECT id, text FROM decision")
        self = SearchRows()
    }

    /// `insert` + ` WHERE id BETWEEN first AND last` for each run of consecutive ids: every id
    /// in a run is pending, so the range selects exactly the pending rows.
    private static func write(_ db: Database, _ ids: [Int64], _ insert: String) throws {
        guard !ids.isEmpty else { return }
        let statement = try db.cachedStatement(sql: insert + " WHERE id BETWEEN ? AND ?")
        let sorted = ids.sorted()
        var first = sorted[0], last = sorted[0]
        for id in sorted.dropFirst() {
            if id == last + 1 { last = id; continue }
            if id == last { continue }
            try statement.execute(arguments: [first, last])
            first = id
            last = id
        }
        try statement.execute(arguments: [first, last])
    }
}
