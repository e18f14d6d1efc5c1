import Foundation
import GRDB

extension OverlegStore {
    /// Hex digits of the stable key shown as a follow-up's id (as git shows commit ids).
    public static let shortIDLength = 7
    /// Fewest hex digits accepted as an id.
    public static let minimumIDLength = 4

    /// Resolves an id typed by a user — a full stable key or a unique prefix of at least 4
    /// hex digits, case-insensitive — to the full stable key. An id that names no follow-up
    /// but the key a follow-up had before its sentence was lightly edited (a revised file, a
    /// reparse: `follow_up_alias`) gives the follow-up's key now.
    /// - Throws: `StoreError` `.invalidArgument` (not hex, too short), `.unknownID`,
    ///   `.ambiguousID` (the message lists the candidates' short ids), or a store fault.
    public func resolveID(_ id: String) throws -> String {
        let prefix = id.trimmingCharacters(in: .whitespaces).lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isHexDigit }) else {
            throw StoreError(.invalidArgument, path: path, cause: "'\(id)' is not a follow-up id (hex digits, as `overleg list` shows)",
                             subject: id)
        }
        guard prefix.count >= Self.minimumIDLength else {
            throw StoreError(.invalidArgument, path: path, cause: "id '\(id)' is too short (at least \(Self.minimumIDLength) digits)",
                             subject: id)
        }
        let keys = try read { db in
            let current = try String.fetchAll(db, sql: "SELECT key FROM follow_up WHERE key >= ? AND key < ? ORDER BY key LIMIT 6",
                                              arguments: [prefix, prefix + "~"])
            guard current.isEmpty else { return current }
            return try String.fetchAll(db, sql: """
                SELECT DISTINCT a.new_key FROM follow_up_alias a JOIN follow_up fu ON fu.key = a.new_key
                WHERE a.old_key >= ? AND a.old_key < ? ORDER BY a.new_key LIMIT 6
                """, arguments: [prefix, prefix + "~"])
        }
        switch keys.count {
        case 0:
            throw StoreError(.unknownID, path: path, cause: "no follow-up with id \(prefix)", subject: prefix)
        case 1:
            return keys[0]
        default:
            let ids = keys.map { String($0.prefix(max(Self.shortIDLength, prefix.count + 1))) }
            throw StoreError(.ambiguousID, path: path,
                             cause: "id \(prefix) is ambiguous: \(ids.prefix(5).joined(separator: ", "))\(keys.count > 5 ? ", ..." : "")",
                             subject: prefix, candidates: ids)
        }
    }
}
