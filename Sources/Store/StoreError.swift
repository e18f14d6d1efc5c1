import Foundation
import GRDB

/// A fault of the store, with a one-line description that names the store's path
/// (issue 4 "Store faults"). Minutes text and party names never appear in the message:
/// SQL arguments are not copied from the underlying SQLite error.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, independent of wording.
    public enum Kind: String, Sendable, Equatable {
        /// Another program holds a write lock longer than the busy timeout (SQLITE_BUSY/LOCKED).
        case locked
        /// The file or its folder cannot be written (SQLITE_READONLY, permissions).
        case readOnly
        /// The file is damaged (SQLITE_CORRUPT).
        case corrupt
        /// The file exists but is not an SQLite database (SQLITE_NOTADB).
        case notADatabase
        /// An SQLite database of another program: it has tables but no overleg schema (it is
        /// left untouched rather than given overleg's tables).
        case notOverleg
        /// The disk or quota is full (SQLITE_FULL).
        case diskFull
        /// The file or its folder could not be opened or created (SQLITE_CANTOPEN, mkdir).
        case cannotOpen
        /// The folder of a store path the user named does not exist (it is not created:
        /// `OverlegStore.init(createsFolder: false)`).
        case missingFolder
        /// The store was made by a newer overleg (unknown migrations).
        case tooNew
        /// No follow-up has this id (short id or stable key).
        case unknownID
        /// More than one follow-up starts with this short id.
        case ambiguousID
        /// An argument was refused (bad status, date, empty text...).
        case invalidArgument
        /// An input/output error of the file system (SQLITE_IOERR: disk removed, bad sector...).
        case ioError
        /// Any other SQLite error.
        case other
    }

    /// The kind of fault.
    public var kind: Kind
    /// The path of the store file.
    public var path: String
    /// The cause, one line, without the path.
    public var cause: String
    /// For `.unknownID`, `.ambiguousID` and an id refused as `.invalidArgument`: the id as
    /// the user typed it (for a program that words the error itself); nil otherwise.
    public var subject: String?
    /// For `.ambiguousID`: the candidates' ids (at most 6, sorted), as the cause lists them.
    public var candidates: [String]

    /// Creates a fault of `kind` for the store at `path`, with a one-line English `cause`
    /// and, for id faults, the id (`subject`) and the ambiguous `candidates`.
    public init(_ kind: Kind, path: String, cause: String, subject: String? = nil, candidates: [String] = []) {
        self.kind = kind
        self.path = path
        self.cause = cause
        self.subject = subject
        self.candidates = candidates
    }

    /// `PATH: cause`, one line (the CLI prefixes `overleg: `).
    public var description: String { "\(path): \(cause)" }

    /// Maps any error thrown inside the store to a `StoreError` naming `path`.
    static func wrap(_ error: any Error, path: String, busyTimeout: TimeInterval) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let db = error as? DatabaseError else {
            return StoreError(.other, path: path, cause: oneLine(String(describing: error)))
        }
        let timeout = busyTimeout == busyTimeout.rounded() ? "\(Int(busyTimeout))" : "\(busyTimeout)"
        switch db.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.locked, path: path,
                              cause: "the store is locked by another program (waited \(timeout) s); try again when it is done")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(.readOnly, path: path,
                              cause: "the store is read-only (check the permissions of the file and its folder); nothing was changed")
        case .SQLITE_CORRUPT:
            return StoreError(.corrupt, path: path,
                              cause: "the store is damaged (SQLite reports corruption); restore a backup or move the file away")
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, path: path,
                              cause: "not an overleg store (the file is not an SQLite database)")
        case .SQLITE_FULL:
            return StoreError(.diskFull, path: path,
                              cause: "the disk is full; nothing was changed")
        case .SQLITE_CANTOPEN:
            return StoreError(.cannotOpen, path: path, cause: "cannot open the store (missing folder or no permission)")
        case .SQLITE_IOERR:
            return StoreError(.ioError, path: path, cause: "input/output error while using the store (disk full or removed?)")
        default:
            // `DatabaseError.message` is SQLite's own text, never the statement's arguments.
            return StoreError(.other, path: path, cause: oneLine(db.message ?? "SQLite error \(db.resultCode.rawValue)"))
        }
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
