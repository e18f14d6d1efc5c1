import Foundation
import GRDB

/// Writing derived rows (follow-ups with their party, topic and search rows) — shared by
/// import, reparse and hand-added follow-ups. Parties written to `follow_up_party` are the
/// effective ones: the user's correction when there is one, else the extractor's.
enum DerivedRows {
    /// One follow-up row to write.
    struct FollowUpInput {
        var key: String
        var itemKey: String
        var itemTitle: String
        var topics: [String]
        var position: Int
        var text: String
        var parties: [String]
        var due: String?
        var dueText: String?
        var lineFirst: Int
        var lineLast: Int
        var origin: String
    }

    /// Inserts one follow-up with its search row (see `insertFollowUps`); returns false (and
    /// writes nothing) when the key is already taken.
    @discardableResult
    static func insertFollowUp(_ db: Database, meetingID: Int64, _ f: FollowUpInput) throws -> Bool {
        var search = SearchRows()
        let inserted = try insertFollowUps(db, meetingID: meetingID, [f], search: &search).inserted
        try search.write(db)
        return !inserted.isEmpty
    }

    static func insertParties(_ db: Database, followUpID: Int64, _ parties: [String]) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO follow_up_party (party, follow_up_id) VALUES (?, ?)")
        for party in parties { try statement.execute(arguments: [party, followUpID]) }
    }

    /// Rewrites the effective party rows of the follow-up `key` (after a correction or its undo).
    static func refreshParties(_ db: Database, key: String) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT fu.id, fu.parties, s.parties AS corrected FROM follow_up fu
            LEFT JOIN follow_up_state s ON s.key = fu.key WHERE fu.key = ?
            """, arguments: [key]) else { return }
        let id: Int64 = row["id"]
        let corrected: String? = row["corrected"]
        try db.execute(sql: "DELETE FROM follow_up_party WHERE follow_up_id = ?", arguments: [id])
        try insertParties(db, followUpID: id, StoreSchema.split(corrected ?? row["parties"]))
    }

    /// Deletes follow-up rows (and their search rows) of a meeting chosen by `condition`
    /// (an SQL expression over `follow_up`, arguments after the meeting id).
    static func deleteFollowUps(_ db: Database, meetingID: Int64, where condition: String,
                                arguments: StatementArguments = []) throws {
        let args: StatementArguments = [meetingID] + arguments
        try db.execute(sql: "DELETE FROM follow_up_fts WHERE rowid IN (SELECT id FROM follow_up WHERE meeting_id = ? AND \(condition))",
                       arguments: args)
        try db.execute(sql: "DELETE FROM follow_up WHERE meeting_id = ? AND \(condition)", arguments: args)
    }

    /// Replaces a meeting's items and decisions, deleting their old search rows and adding
    /// the new rows' ids to `search` (written later, `SearchRows`). `isNew`: the meeting row
    /// was just inserted, so there is nothing to delete.
    static func replaceItems(_ db: Database, meetingID: Int64, items: [ItemInput], isNew: Bool = false,
                             search: inout SearchRows) throws {
        if !isNew {
            for sql in ["DELETE FROM item_fts WHERE rowid IN (SELECT id FROM item WHERE meeting_id = ?)",
                        "DELETE FROM decision_fts WHERE rowid IN (SELECT id FROM decision WHERE meeting_id = ?)",
                        "DELETE FROM item WHERE meeting_id = ?", "DELETE FROM decision WHERE meeting_id = ?"] {
                try db.cachedStatement(sql: sql).execute(arguments: [meetingID])
            }
        }
        let itemSQL = """
            INSERT INTO item (meeting_id, key, position, title, topics, line_first, line_last, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        let decisionSQL = """
            INSERT INTO decision (meeting_id, item_key, key, position, text, line_first, line_last)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        var decisionPosition = 0
        for (position, item) in items.enumerated() {
            var insertItem = try RawStatement(db, sql: itemSQL)
            try insertItem.bind(meetingID); try insertItem.bind(item.key); try insertItem.bind(position)
            try insertItem.bind(item.title); try insertItem.bind(StoreSchema.join(item.topics))
            try insertItem.bind(item.lineFirst); try insertItem.bind(item.lineLast); try insertItem.bind(item.text)
            try insertItem.run()
            search.items.append(db.lastInsertedRowID)
            for d in item.decisions {
                var insertDecision = try RawStatement(db, sql: decisionSQL)
                try insertDecision.bind(meetingID); try insertDecision.bind(item.key); try insertDecision.bind(d.key)
                try insertDecision.bind(decisionPosition); try insertDecision.bind(d.text)
                try insertDecision.bind(d.lineFirst); try insertDecision.bind(d.lineLast)
                try insertDecision.run()
                search.decisions.append(db.lastInsertedRowID)
                decisionPosition += 1
            }
        }
    }

    struct ItemInput {
        var key: String
        var title: String
        var topics: [String]
        var lineFirst: Int
        var lineLast: Int
        var text: String
        var decisions: [(key: String, text: String, lineFirst: Int, lineLast: Int)]
    }
}
