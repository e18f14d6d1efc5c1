import Foundation
import GRDB

/// The local store of meetings, their extraction and the user's own state
/// (DESIGN.md "Store"; issue 2 point 5, issue 4).
///
/// SQLite through a GRDB `DatabasePool` in WAL mode: readers in other processes are not
/// blocked, and a second writer waits up to `busyTimeout` seconds instead of failing at once.
/// Every mutating method is one transaction, committed before it returns; every method
/// throws only `StoreError`, whose description names the path.
///
/// The class is immutable after `init` and GRDB's pool is thread-safe, so one instance may
/// be shared between threads.
public final class OverlegStore: Sendable {
    /// The store file's path as given (or the default path).
    public let path: String
    /// Seconds a write waits for another program's lock before failing with `.locked`.
    public let busyTimeout: TimeInterval
    let pool: DatabasePool

    /// Opens (and creates when missing) the store at `path`.
    ///
    /// - Parameters:
    ///   - path: the SQLite file; its folder is created when missing. A new file gets
    ///     mode 0600, as do its `-wal` and `-shm` companions.
    ///   - busyTimeout: seconds to wait for another writer (default 5).
    /// - Throws: `StoreError` (`.cannotOpen`, `.notADatabase`, `.corrupt`, `.readOnly`,
    ///   `.locked`, `.tooNew`, ...), naming `path`.
    public init(path: String, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError(.cannotOpen, path: path, cause: "cannot create the folder \(url.deletingLastPathComponent().path)")
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError(.cannotOpen, path: path, cause: "is a folder, not a store file")
        }
        if !fm.fileExists(atPath: path) {
            // Create the file ourselves so that it never exists with a wider mode;
            // SQLite gives -wal and -shm the mode of the database file.
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError(.cannotOpen, path: path, cause: "cannot create the store file (no permission?)")
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "overleg"
        config.prepareDatabase { db in
            // synchronous = NORMAL is safe under WAL (SQLite docs "WAL mode", "PRAGMA
            // synchronous"): the database can never be corrupted by it, and a commit survives a
            // crash of the program (it is in the WAL file before the call returns). Only on a
            // power loss or OS crash may the last transaction(s) before it be rolled back,
            // because the WAL is synced at checkpoints, not at every commit. FULL would cost
            // an fsync per commit, one per user action.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try pool.write { db in
                // Reading the schema first makes "not a database" surface here, not later.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            }
            let migrator = StoreSchema.migrator
            let known = Set(migrator.migrations)
            let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
            if !applied.isSubset(of: known) {
                throw StoreError(.tooNew, path: path, cause: "this store was written by a newer overleg; update overleg to use it")
            }
            try migrator.migrate(pool)
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
        for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
        }
    }

    /// The default store path: `$XDG_DATA_HOME/overleg/overleg.sqlite`, else
    /// `~/.local/share/overleg/overleg.sqlite` (XDG Base Directory spec: a relative
    /// `XDG_DATA_HOME` is ignored). `OVERLEG_DB` is NOT read here: the CLI decides
    /// the order `--db`, `OVERLEG_DB`, default.
    ///
    /// - Parameter environment: the process environment (pass `ProcessInfo.processInfo.environment`).
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("overleg/overleg.sqlite").path
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/overleg/overleg.sqlite").path
    }

    /// Runs `body` in one write transaction, mapping every error to `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs `body` on a read-only snapshot, mapping every error to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// The current time as an ISO 8601 timestamp in UTC (`2026-11-29T23:59:01Z`). Formatted
    /// with `gmtime_r`: a Foundation date formatter per call costs more than an import row.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var t = tm()
        gmtime_r(&seconds, &t)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday),
                      Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
    }
}
