import Foundation
import GRDB
import Minutes

/// What one import (or reparse) of a meeting did (issue 4 "Import many").
public struct ImportOutcome: Sendable, Equatable {
    /// `new`: the meeting (body + date) was not in the store; `updated`: its derived rows
    /// were replaced (revised file or reparse); `unchanged`: same content, nothing written.
    public enum Kind: String, Sendable, Equatable { case new, updated, unchanged }

    public var kind: Kind
    /// The meeting's body and ISO date.
    public var body: String
    public var date: String
    /// Follow-ups in the (new) extraction, duplicates of one sentence counted once.
    public var followUps: Int
    /// Follow-ups with owned state (status, note, corrections) that are still there.
    public var carriedOver: Int
    /// Of `carriedOver`, those found by similarity of a lightly edited sentence.
    public var matchedBySimilarity: Int
    /// Follow-ups whose stable key was not in the store before and that did not take over
    /// the state of a similar sentence.
    public var newFollowUps: Int
    /// Stable keys of follow-ups with owned state that the new extraction no longer has:
    /// kept in the store, marked `noLongerFound` in rows, never dropped.
    public var noLongerFound: [String]
    /// For `updated`: the source file name stored before, when another file replaced it.
    public var previousSource: String? = nil
}

extension OverlegStore {
    /// Imports one meeting as read by the extractor.
    ///
    /// A meeting is identified by body + date (case-insensitive body). Same content hash as
    /// stored: nothing is written (`unchanged`) unless `force` (reparse). Otherwise the
    /// derived rows are replaced in one transaction; owned state is kept by stable key, moved
    /// to a lightly edited sentence by `Similarity`, or, when its follow-up is gone, kept
    /// with its last derived row marked as no longer found.
    ///
    /// - Parameter force: replace the derived rows even when the content hash is unchanged.
    /// - Throws: `StoreError`; on error nothing of this meeting is changed.
    @discardableResult
    public func importMeeting(_ meeting: Meeting, force: Bool = false) throws -> ImportOutcome {
        try write { db in
            var search = SearchRows()
            let outcome = try Self.importMeeting(db, meeting, force: force, search: &search)
            try search.write(db)
            return outcome
        }
    }

    /// Meetings per transaction that `overleg import` and the benchmark use with
    /// `importMeetings`: past ~100 the gain is small and a failed commit loses more work.
    public static let importBatchSize = 100

    /// Imports several meetings in one write transaction, each meeting in its own savepoint:
    /// a meeting that fails leaves nothing of itself and does not stop the others. One commit
    /// for many meetings is what makes importing an archive fast (issue 4 "Speed": a commit
    /// per meeting costs a WAL sync and a new full-text segment each).
    ///
    /// - Parameter force: as for `importMeeting` (reparse).
    /// - Returns: one result per meeting, in order: its outcome or the `StoreError` that
    ///   rolled it back.
    /// - Throws: `StoreError` when the transaction itself fails (locked, disk full at
    ///   commit); then nothing of the batch is stored.
    public func importMeetings(_ meetings: [Meeting], force: Bool = false) throws -> [Result<ImportOutcome, StoreError>] {
        try write { db in
            // A page cache of 16 MiB (default 2 MiB) for the writer: a batch's index pages stay in
            // memory until the commit instead of being spilled to the WAL and written again.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Search rows of the whole batch are written at the end (`SearchRows`); a meeting
            // rolled back takes its pending ids back too.
            var search = SearchRows()
            let results = meetings.map { meeting -> Result<ImportOutcome, StoreError> in
                let pendingBefore = search
                do {
                    var outcome: ImportOutcome?
                    try db.inSavepoint {
                        outcome = try Self.importMeeting(db, meeting, force: force, search: &search)
                        return .commit
                    }
                    guard let outcome else { throw StoreError(.other, path: path, cause: "import of \(meeting.source) gave no outcome") }
                    return .success(outcome)
                } catch {
                    search = pendingBefore
                    return .failure(StoreError.wrap(error, path: path, busyTimeout: busyTimeout))
                }
            }
            try search.write(db)
            return results
        }
    }

    /// Imports one meeting inside the caller's transaction; the ids of new derived rows go to
    /// `search`, whose pending rows are written here before anything is deleted.
    static func importMeeting(_ db: Database, _ meeting: Meeting, force: Bool, search: inout SearchRows) throws -> ImportOutcome {
        // Flatten and de-duplicate the new follow-ups by stable key (first occurrence wins).
        var newRows: [DerivedRows.FollowUpInput] = []
        var seen: Set<String> = []
        for item in meeting.items {
            for f in item.followUps where seen.insert(f.id).inserted {
                newRows.append(.init(key: f.id, itemKey: item.id, itemTitle: item.title, topics: item.topics,
                                     position: newRows.count, text: f.text, parties: f.parties, due: f.due,
                                     dueText: f.dueText, lineFirst: f.lines.first, lineLast: f.lines.last,
                                     origin: "extracted"))
            }
        }
        var outcome = ImportOutcome(kind: .new, body: meeting.body, date: meeting.date, followUps: newRows.count,
                                    carriedOver: 0, matchedBySimilarity: 0, newFollowUps: 0, noLongerFound: [])
        let now = timestamp()
        let meetingID: Int64
        let isNew: Bool
        let digest = ExtractionDigest.of(meeting)
        let lookup = try db.cachedStatement(sql: "SELECT id, source_hash, source, extraction_digest FROM meeting WHERE body = ? AND date = ?")
        if let row = try Row.fetchOne(lookup, arguments: [meeting.body, meeting.date]) {
            isNew = false
            meetingID = row["id"]
            let sameSource = (row["source_hash"] as String) == meeting.sourceHash
            // Unchanged: the same file (unless a reparse forces a look), or a reparse whose
            // extraction is the same as the stored one.
            if sameSource && (!force || (row["extraction_digest"] as String?) == digest) {
                outcome.kind = .unchanged
                outcome.carriedOver = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM follow_up fu JOIN follow_up_state s ON s.key = fu.key
                    WHERE fu.meeting_id = ? AND fu.origin = 'extracted'
                    """, arguments: [meetingID]) ?? 0
                return outcome
            }
            outcome.kind = .updated
            // Old derived rows are deleted below: search rows still pending go in first.
            try search.write(db)
            let previous: String = row["source"]
            if previous != meeting.source { outcome.previousSource = previous }
            try db.execute(sql: """
                UPDATE meeting SET title = ?, source = ?, source_hash = ?, text = ?, imported_at = ?, extraction_digest = ?
                WHERE id = ?
                """, arguments: [meeting.title, meeting.source, meeting.sourceHash, meeting.text, now, digest, meetingID])
            let before = Set(try String.fetchAll(db, sql: "SELECT key FROM follow_up WHERE meeting_id = ?", arguments: [meetingID]))
            let movedTo = try carryOver(db, meetingID: meetingID, newRows: newRows, outcome: &outcome)
            outcome.newFollowUps = newRows.filter { !before.contains($0.key) && !movedTo.contains($0.key) }.count
        } else {
            isNew = true
            try db.cachedStatement(sql: """
                INSERT INTO meeting (body, date, title, source, source_hash, text, imported_at, extraction_digest)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [meeting.body, meeting.date, meeting.title, meeting.source, meeting.sourceHash,
                                         meeting.text, now, digest])
            meetingID = db.lastInsertedRowID
            outcome.newFollowUps = newRows.count
        }
        let items = meeting.items.map { item in
            DerivedRows.ItemInput(key: item.id, title: item.title, topics: item.topics, lineFirst: item.lines.first,
                                  lineLast: item.lines.last, text: item.text,
                                  decisions: item.decisions.map { ($0.id, $0.text, $0.lines.first, $0.lines.last) })
        }
        try DerivedRows.replaceItems(db, meetingID: meetingID, items: items, isNew: isNew, search: &search)
        let withState = try DerivedRows.insertFollowUps(db, meetingID: meetingID, newRows, search: &search).withState
        if isNew { outcome.carriedOver = withState }
        return outcome
    }

    /// For a meeting being replaced: moves owned state to similar sentences, marks the rest
    /// as no longer found, and deletes the old extracted rows. Hand-added rows stay.
    /// Returns the new keys that received owned state by similarity.
    private static func carryOver(_ db: Database, meetingID: Int64, newRows: [DerivedRows.FollowUpInput],
                                  outcome: inout ImportOutcome) throws -> Set<String> {
        let newKeys = Set(newRows.map(\.key))
        let stateful = try Row.fetchAll(db, sql: """
            SELECT fu.key, fu.text FROM follow_up fu JOIN follow_up_state s ON s.key = fu.key
            WHERE fu.meeting_id = ? AND fu.origin IN ('extracted', 'missing') ORDER BY fu.position
            """, arguments: [meetingID]).map { (key: $0["key"] as String, text: $0["text"] as String) }
        let kept = stateful.filter { newKeys.contains($0.key) }
        let lost = stateful.filter { !newKeys.contains($0.key) }
        let statefulKeys = Set(stateful.map(\.key))
        let oldKeys = Set(try String.fetchAll(db, sql: "SELECT key FROM follow_up WHERE meeting_id = ?", arguments: [meetingID]))
        // Candidates for a similar sentence: new follow-ups that are really new and have no state.
        let candidates = newRows.filter { !oldKeys.contains($0.key) && !statefulKeys.contains($0.key) }
            .map { (key: $0.key, text: $0.text) }
        var moved = Similarity.match(old: lost, new: candidates)
        for (old, new) in moved.sorted(by: { $0.key < $1.key }) {
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM follow_up_state WHERE key = ?)", arguments: [new]) ?? false
            if taken { moved[old] = nil; continue }
            try db.execute(sql: "UPDATE follow_up_state SET key = ? WHERE key = ?", arguments: [new, old])
            try db.execute(sql: "UPDATE undo_log SET key = ? WHERE key = ? AND table_name = 'follow_up_state'", arguments: [new, old])
            try recordAlias(db, old: old, new: new)
        }
        try recordRenames(db, meetingID: meetingID, newKeys: newKeys, statefulKeys: statefulKeys,
                          candidates: candidates.filter { !Set(moved.values).contains($0.key) })
        let missing = lost.map(\.key).filter { moved[$0] == nil }
        outcome.carriedOver = kept.count + moved.count
        outcome.matchedBySimilarity = moved.count
        outcome.noLongerFound = missing
        // Old rows: those with state no longer found stay, marked 'missing'; other extracted
        // rows go; 'missing' rows found again or whose state moved go (new rows replace them).
        for chunk in chunks(missing) {
            try db.execute(sql: "UPDATE follow_up SET origin = 'missing' WHERE meeting_id = ? AND key IN (\(marks(chunk.count)))",
                           arguments: [meetingID] + StatementArguments(chunk))
        }
        try DerivedRows.deleteFollowUps(db, meetingID: meetingID, where: "origin = 'extracted'")
        for chunk in chunks(Array(newKeys) + Array(moved.keys)) {
            try DerivedRows.deleteFollowUps(db, meetingID: meetingID, where: "origin = 'missing' AND key IN (\(marks(chunk.count)))",
                                            arguments: StatementArguments(chunk))
        }
        return Set(moved.values)
    }

    /// Old ids of follow-ups without owned state whose sentence was lightly edited: kept as
    /// aliases of the new key (`follow_up_alias`), so that an id a user copied from an earlier
    /// `list` still names the follow-up. (State that moved records its alias in `carryOver`.)
    private static func recordRenames(_ db: Database, meetingID: Int64, newKeys: Set<String>, statefulKeys: Set<String>,
                                      candidates: [(key: String, text: String)]) throws {
        guard !candidates.isEmpty else { return }
        let gone = try Row.fetchAll(db, sql: """
            SELECT key, text FROM follow_up WHERE meeting_id = ? AND origin = 'extracted' ORDER BY position
            """, arguments: [meetingID]).map { (key: $0["key"] as String, text: $0["text"] as String) }
            .filter { !newKeys.contains($0.key) && !statefulKeys.contains($0.key) }
        for (old, new) in Similarity.match(old: gone, new: candidates) { try recordAlias(db, old: old, new: new) }
    }

    /// Key `old` (and every key it had before) stays an id of the follow-up now keyed `new`.
    private static func recordAlias(_ db: Database, old: String, new: String) throws {
        try db.execute(sql: "UPDATE follow_up_alias SET new_key = ? WHERE new_key = ?", arguments: [new, old])
        try db.execute(sql: "INSERT OR REPLACE INTO follow_up_alias (old_key, new_key) VALUES (?, ?)", arguments: [old, new])
        try db.execute(sql: "DELETE FROM follow_up_alias WHERE old_key = ?", arguments: [new])
    }

    private static func chunks(_ keys: [String]) -> [[String]] {
        stride(from: 0, to: keys.count, by: 500).map { Array(keys[$0..<min($0 + 500, keys.count)]) }
    }

}

extension OverlegStore {
    /// The meeting (body, ISO date) stored from content with this hash
    /// (`StableKey.contentHash` of the bytes the reader got), or nil. Lets `import` skip
    /// reading and extracting a file whose content is already stored.
    public func meeting(withSourceHash hash: String) throws -> (body: String, date: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT body, date FROM meeting WHERE source_hash = ? LIMIT 1", arguments: [hash])
                .map { ($0["body"], $0["date"]) }
        }
    }

    /// The source file name the meeting (body case-insensitive, ISO date) was stored from, or
    /// nil when it is not stored.
    public func source(ofMeeting body: String, date: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT source FROM meeting WHERE body = ? AND date = ?", arguments: [body, date])
        }
    }

    /// The outcome `importMeeting` gives for unchanged content, without the meeting in hand:
    /// for `import` when `meeting(withSourceHash:)` found the content.
    public func unchangedOutcome(body: String, date: String) throws -> ImportOutcome {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(CASE WHEN fu.origin = 'extracted' THEN 1 END) AS n,
                       count(CASE WHEN fu.origin = 'extracted' AND s.key IS NOT NULL THEN 1 END) AS kept
                FROM meeting m LEFT JOIN follow_up fu ON fu.meeting_id = m.id
                LEFT JOIN follow_up_state s ON s.key = fu.key WHERE m.body = ? AND m.date = ?
                """, arguments: [body, date])
            return ImportOutcome(kind: .unchanged, body: body, date: date, followUps: row?["n"] ?? 0,
                                 carriedOver: row?["kept"] ?? 0, matchedBySimilarity: 0, newFollowUps: 0, noLongerFound: [])
        }
    }
}
