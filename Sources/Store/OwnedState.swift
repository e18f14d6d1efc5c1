import Foundation
import GRDB

/// The owned state of one follow-up as stored in `follow_up_state` (and in the undo log as JSON).
struct StateRow: Codable, Equatable {
    var status: String = FollowUpStatus.open.rawValue
    var changedAt: String?
    var note: String?
    var parties: String?
    var dueSet: Bool = false
    var due: String?
    var dismissed: Bool = false

    static func fetch(_ db: Database, key: String) throws -> StateRow? {
        try Row.fetchOne(db, sql: "SELECT * FROM follow_up_state WHERE key = ?", arguments: [key]).map {
            StateRow(status: $0["status"], changedAt: $0["changed_at"], note: $0["note"], parties: $0["parties"],
                     dueSet: $0["due_set"], due: $0["due"], dismissed: $0["dismissed"])
        }
    }

    func save(_ db: Database, key: String) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO follow_up_state (key, status, changed_at, note, parties, due_set, due, dismissed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [key, status, changedAt, note, parties, dueSet, due, dismissed])
    }
}

/// What a user action changed, for the caller to report ("2 follow-ups marked done").
public struct ActionResult: Sendable, Equatable {
    /// A short English label of the action (`done`, `note`, ...), as kept in the undo log.
    public var label: String
    /// Stable keys whose state changed (those already in the asked state are left out).
    public var changed: [String]
}

extension OverlegStore {
    /// Sets the status of follow-ups, in one transaction committed before this returns, as one
    /// undoable action. `changedAt` becomes `at` (ISO timestamp, UTC).
    ///
    /// - Parameter keys: full stable keys (resolve short ids first with `resolveID`).
    /// - Throws: `StoreError` `.unknownID` when a key is not in the store (nothing changed),
    ///   or a store fault.
    @discardableResult
    public func setStatus(keys: [String], to status: FollowUpStatus, at: Date = Date()) throws -> ActionResult {
        let stamp = Self.timestamp(at)
        return try mutate(keys: keys, label: status.rawValue) { state in
            guard state.status != status.rawValue else { return false }
            state.status = status.rawValue
            state.changedAt = stamp
            return true
        }
    }

    /// Sets the status of one follow-up; returns only after the commit (the dashboard's Space).
    @discardableResult
    public func setStatus(key: String, status: FollowUpStatus, at: Date = Date()) throws -> ActionResult {
        try setStatus(keys: [key], to: status, at: at)
    }

    /// Sets (or with nil/blank text clears) the note of a follow-up; one undoable action.
    @discardableResult
    public func setNote(key: String, note: String?, at: Date = Date()) throws -> ActionResult {
        let clean = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let stamp = Self.timestamp(at)
        return try mutate(keys: [key], label: "note") { state in
            guard state.note != clean else { return false }
            state.note = clean
            state.changedAt = stamp
            return true
        }
    }

    /// Replaces the extracted parties of a follow-up by the user's list (canonical names);
    /// nil goes back to the extracted parties. One undoable action.
    @discardableResult
    public func correctParties(key: String, parties: [String]?) throws -> ActionResult {
        let stored = parties.map(StoreSchema.join)
        return try mutate(keys: [key], label: "parties") { state in
            guard state.parties != stored else { return false }
            state.parties = stored
            return true
        }
    }

    /// Replaces the extracted deadline by the user's (ISO date, or nil for "no deadline");
    /// `revert: true` goes back to the extracted one. One undoable action.
    /// - Throws: `.invalidArgument` for a date that is not `YYYY-MM-DD`.
    @discardableResult
    public func correctDue(key: String, due: String?, revert: Bool = false) throws -> ActionResult {
        if let due, !ISODate.isValid(due) {
            throw StoreError(.invalidArgument, path: path, cause: "'\(due)' is not a date (use YYYY-MM-DD)")
        }
        return try mutate(keys: [key], label: "due") { state in
            let next = (set: !revert, due: revert ? nil : due)
            guard state.dueSet != next.set || state.due != next.due else { return false }
            state.dueSet = next.set
            state.due = next.due
            return true
        }
    }

    /// Marks a follow-up as a wrong extraction (hidden from lists), or takes that back.
    @discardableResult
    public func setDismissed(key: String, _ dismissed: Bool) throws -> ActionResult {
        try mutate(keys: [key], label: dismissed ? "dismiss" : "restore") { state in
            guard state.dismissed != dismissed else { return false }
            state.dismissed = dismissed
            return true
        }
    }

    /// Applies `change` to the state of each key in one transaction and logs the previous
    /// states as one undo action. `change` returns false when it changed nothing.
    func mutate(keys: [String], label: String, _ change: (inout StateRow) -> Bool) throws -> ActionResult {
        try write { db in
            for key in keys where try !Bool.exists(db, followUpKey: key) {
                throw StoreError(.unknownID, path: path, cause: "no follow-up with id \(key.prefix(Self.shortIDLength))",
                                 subject: String(key.prefix(Self.shortIDLength)))
            }
            let action = try UndoLog.nextAction(db)
            var changed: [String] = []
            for key in keys where !changed.contains(key) {
                let before = try StateRow.fetch(db, key: key)
                var after = before ?? StateRow()
                guard change(&after) else { continue }
                try UndoLog.record(db, action: action, label: label, table: "follow_up_state", key: key, before: before)
                try after.save(db, key: key)
                if before?.parties != after.parties { try DerivedRows.refreshParties(db, key: key) }
                changed.append(key)
            }
            return ActionResult(label: label, changed: changed)
        }
    }
}

extension Bool {
    static func exists(_ db: Database, followUpKey key: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM follow_up WHERE key = ?)", arguments: [key]) ?? false
    }
}
