import Foundation
import GRDB
import Minutes

/// Follow-ups added by hand (owned): kept in `manual_follow_up` and mirrored as a derived
/// `follow_up` row (origin `manual`) so that lists and counts treat them like the others.
enum ManualFollowUps {
    static func remove(_ db: Database, key: String) throws {
        try db.execute(sql: "DELETE FROM follow_up_fts WHERE rowid IN (SELECT id FROM follow_up WHERE key = ? AND origin = 'manual')",
                       arguments: [key])
        try db.execute(sql: "DELETE FROM follow_up WHERE key = ? AND origin = 'manual'", arguments: [key])
        try db.execute(sql: "DELETE FROM manual_follow_up WHERE key = ?", arguments: [key])
    }
}

extension OverlegStore {
    /// Adds a follow-up by hand to an agenda item of a stored meeting; one undoable action.
    ///
    /// - Parameters:
    ///   - itemKey: the agenda item's stable key (from `FollowUpRow.itemKey` or `items(body:date:)`).
    ///   - text: the sentence; parties: canonical names; due: ISO date or nil.
    /// - Returns: the new follow-up's stable key (`StableKey.followUp` of body, date, text).
    /// - Throws: `.unknownID` (no such item), `.invalidArgument` (empty text, bad date, the
    ///   same sentence already there), or a store fault.
    @discardableResult
    public func addFollowUp(itemKey: String, text: String, parties: [String], due: String?) throws -> String {
        let sentence = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !sentence.isEmpty else { throw StoreError(.invalidArgument, path: path, cause: "a follow-up needs a text") }
        if let due, !ISODate.isValid(due) {
            throw StoreError(.invalidArgument, path: path, cause: "'\(due)' is not a date (use YYYY-MM-DD)")
        }
        return try write { db in
            guard let item = try Row.fetchOne(db, sql: """
                SELECT i.title, i.topics, i.line_first, i.line_last, m.id AS meeting_id, m.body, m.date
                FROM item i JOIN meeting m ON m.id = i.meeting_id WHERE i.key = ?
                """, arguments: [itemKey]) else {
                throw StoreError(.unknownID, path: path, cause: "no agenda item with id \(itemKey.prefix(Self.shortIDLength))")
            }
            let key = StableKey.followUp(body: item["body"], date: item["date"], text: sentence)
            if try Bool.exists(db, followUpKey: key) {
                throw StoreError(.invalidArgument, path: path, cause: "this follow-up is already there (id \(key.prefix(Self.shortIDLength)))")
            }
            let meetingID: Int64 = item["meeting_id"]
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM follow_up WHERE meeting_id = ?",
                                              arguments: [meetingID]) ?? 0) + 1
            let topics: String = item["topics"]
            try db.execute(sql: """
                INSERT INTO manual_follow_up (key, body, date, item_key, item_title, topics, text, parties, due, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [key, item["body"], item["date"], itemKey, item["title"], topics, sentence,
                                 StoreSchema.join(parties), due, Self.timestamp()])
            try DerivedRows.insertFollowUp(db, meetingID: meetingID, .init(
                key: key, itemKey: itemKey, itemTitle: item["title"], topics: StoreSchema.split(topics), position: position,
                text: sentence, parties: parties, due: due, dueText: nil, lineFirst: item["line_first"],
                lineLast: item["line_last"], origin: "manual"))
            try UndoLog.record(db, action: try UndoLog.nextAction(db), label: "add", table: "manual_follow_up",
                               key: key, before: Optional<StateRow>.none)
            return key
        }
    }
}
