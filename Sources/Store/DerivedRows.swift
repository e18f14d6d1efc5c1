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

    /// Inserts one follow-up (see `insertFollowUps`); returns false (and writes nothing)
    /// when the key is already taken.
    @discardableResult
    static func insertFollowUp(_ db: Database, meetingID: Int64, _ f: FollowUpInput) throws -> Bool {
        try !insertFollowUps(db, meetingID: meetingID, [f]).inserted.isEmpty
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

    /// Replaces a meeting's items and decisions (and their search rows). `isNew`: the meeting
    /// row was just inserted, so there is nothing to delete.
    static func replaceItems(_ db: Database, meetingID: Int64, items: [ItemInput], isNew: Bool = false) throws {
        if !isNew {
            for sql in ["DELETE FROM item_fts WHERE rowid IN (SELECT id FROM item WHERE meeting_id = ?)",
                        "DELETE FROM decision_fts WHERE rowid IN (SELECT id FROM decision WHERE meeting_id = ?)",
                        "DELETE FROM item WHERE meeting_id = ?", "DELETE FROM decision WHERE meeting_id = ?"] {
                try db.cachedStatement(sql: sql).execute(arguments: [meetingID])
            }
        }
        let insertItem = try db.cachedStatement(sql: """
            INSERT INTO item (meeting_id, key, position, title, topics, line_first, line_last, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertItemFTS = try db.cachedStatement(sql: "INSERT INTO item_fts (rowid, title, text) VALUES (?, ?, ?)")
        let insertDecision = try db.cachedStatement(sql: """
            INSERT INTO decision (meeting_id, item_key, key, position, text, line_first, line_last)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertDecisionFTS = try db.cachedStatement(sql: "INSERT INTO decision_fts (rowid, text) VALUES (?, ?)")
        var decisionPosition = 0
        for (position, item) in items.enumerated() {
            try insertItem.execute(arguments: [meetingID, item.key, position, item.title, StoreSchema.join(item.topics),
                                               item.lineFirst, item.lineLast, item.text])
            try insertItemFTS.execute(arguments: [db.lastInsertedRowID, item.title, item.text])
            for d in item.decisions {
                try insertDecision.execute(arguments: [meetingID, item.key, d.key, decisionPosition, d.text, d.lineFirst, d.lineLast])
                try insertDecisionFTS.execute(arguments: [db.lastInsertedRowID, d.text])
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
