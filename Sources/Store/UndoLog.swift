import Foundation
import GRDB

/// The persistent undo log (issue 4: "Undo takes back the last changes, also after a
/// restart"): before each user action changes owned state, the previous row is stored as
/// JSON (NULL when there was none), grouped by an action number.
enum UndoLog {
    /// Actions kept; older ones are forgotten.
    static let keptActions: Int64 = 1000

    static func nextAction(_ db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(db, sql: "SELECT max(action) FROM undo_log") ?? 0
        if last > keptActions {
            try db.execute(sql: "DELETE FROM undo_log WHERE action <= ?", arguments: [last - keptActions])
        }
        return last + 1
    }

    static func record<T: Encodable>(_ db: Database, action: Int64, label: String, table: String, key: String, before: T?) throws {
        let json = try before.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.execute(sql: "INSERT INTO undo_log (action, label, at, table_name, key, before) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [action, label, OverlegStore.timestamp(), table, key, json])
    }
}

/// What `undo()` took back.
public struct UndoResult: Sendable, Equatable {
    /// The label of the action undone (`done`, `note`, `add`, ...).
    public var label: String
    /// When it was done, ISO 8601 UTC.
    public var at: String
    /// Stable keys whose state was restored.
    public var keys: [String]
}

extension OverlegStore {
    /// Takes back the last user action (status, note, correction, dismissal, hand-added
    /// follow-up), in one transaction; works across restarts. Returns nil when there is
    /// nothing to undo.
    @discardableResult
    public func undo() throws -> UndoResult? {
        try write { db in
            guard let action = try Int64.fetchOne(db, sql: "SELECT max(action) FROM undo_log") else { return nil }
            let entries = try Row.fetchAll(db, sql: "SELECT * FROM undo_log WHERE action = ? ORDER BY id DESC", arguments: [action])
            var keys: [String] = []
            for e in entries {
                let key: String = e["key"]
                let before: String? = e["before"]
                switch e["table_name"] as String {
                case "manual_follow_up":
                    try ManualFollowUps.remove(db, key: key)
                default:
                    if let before {
                        try JSONDecoder().decode(StateRow.self, from: Data(before.utf8)).save(db, key: key)
                    } else {
                        try db.execute(sql: "DELETE FROM follow_up_state WHERE key = ?", arguments: [key])
                    }
                    try DerivedRows.refreshParties(db, key: key)
                }
                if !keys.contains(key) { keys.append(key) }
            }
            try db.execute(sql: "DELETE FROM undo_log WHERE action = ?", arguments: [action])
            return UndoResult(label: entries.first?["label"] ?? "", at: entries.first?["at"] ?? "", keys: keys.reversed())
        }
    }

    /// The label and time of the action `undo()` would take back, or nil.
    public func lastUndoable() throws -> (label: String, at: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT label, at FROM undo_log ORDER BY id DESC LIMIT 1").map { ($0["label"], $0["at"]) }
        }
    }
}
