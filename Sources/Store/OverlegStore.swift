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
/// A store whose file or folder cannot be written is opened read-only (`isReadOnly`): every
/// reading method works, every mutating one throws `.readOnly` and changes nothing
/// (issue 4 "Store faults").
///
/// The class is immutable after `init` and GRDB's pool is thread-safe, so one instance may
/// be shared between threads.
public final class OverlegStore: Sendable {
    /// The store file's path as given (or the default path).
    public let path: String
    /// Seconds a write waits for another program's lock before failing with `.locked`.
    public let busyTimeout: TimeInterval
    /// True when the store was opened read-only because its file or folder cannot be
    /// written; writes then throw `StoreError` `.readOnly`.
    public let isReadOnly: Bool
    /// A `DatabasePool` (WAL) for a writable store; a read-only `DatabaseQueue` otherwise.
    let pool: any DatabaseWriter

    /// Opens (and creates when missing) the store at `path`.
    ///
    /// - Parameters:
    ///   - path: the SQLite file. A new file gets mode 0600, as do its `-wal` and `-shm`
    ///     companions. When the file exists but it or its folder is not writable, the store
    ///     is opened read-only (see `isReadOnly`).
    ///   - busyTimeout: seconds to wait for another writer (default 5).
    ///   - createsFolder: whether a missing folder is created (mode 0700, as DESIGN.md
    ///     "Store" asks for the default path). False for a path the user named: a typo
    ///     must not leave folders behind; a missing folder then throws `.missingFolder`.
    ///   - concurrentReads: a pool of connections, so that reads run beside each other and
    ///     beside a write (the dashboard). False for a command that reads or writes once
    ///     (`list`, `export`, `done`): one connection on an existing store, which opens
    ///     without writing anything — a pool writes a throw-away table to set up the WAL when
    ///     the file has none, and so waits for any other writer.
    /// - Throws: `StoreError` (`.missingFolder`, `.cannotOpen`, `.notADatabase`, `.corrupt`,
    ///   `.readOnly`, `.locked`, `.tooNew`, ...), naming `path`.
    public init(path: String, busyTimeout: TimeInterval = 5, createsFolder: Bool = true, concurrentReads: Bool = true) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if !fm.fileExists(atPath: folder, isDirectory: &isDir) {
            guard createsFolder else {
                throw StoreError(.missingFolder, path: path, cause: "the folder \(folder) does not exist; nothing was created")
            }
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(.cannotOpen, path: path, cause: "cannot create the folder \(folder)")
            }
        } else if !isDir.boolValue {
            throw StoreError(.missingFolder, path: path, cause: "\(folder) is a file, not a folder")
        }
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError(.cannotOpen, path: path, cause: "is a folder, not a store file")
        }
        let exists = fm.fileExists(atPath: path)
        if !exists {
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
            // Savepoint and statement journals (an import has a savepoint per meeting) and
            // temporary sort tables in memory: on files, the default, they cost an import of
            // 300 meetings 40,000 extra writes (strace, issue 4 "Speed").
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        // access(2) asks the kernel, so a read-only file system counts too (also for root).
        let writable = access(path, W_OK) == 0 && access(folder, W_OK) == 0
        var opened: (any DatabaseWriter)?
        // A new or empty file gets its WAL set up by a pool, whatever the caller asked.
        let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber
        let pooled = concurrentReads || !exists || (size?.intValue ?? 0) == 0
        if !exists || writable {
            do {
                opened = try Self.openWritable(path: path, config: config, busyTimeout: busyTimeout, pooled: pooled)
            } catch let e as StoreError where exists && e.kind == .readOnly {
                opened = nil        // e.g. a -wal file that cannot be written: read it read-only
            }
        }
        if let opened {
            pool = opened
            isReadOnly = false
        } else {
            pool = try Self.openReadOnly(path: path, config: config, busyTimeout: busyTimeout)
            isReadOnly = true
        }
        for suffix in ["-wal", "-shm"] where !isReadOnly && fm.fileExists(atPath: path + suffix) {
            try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
        }
    }

    /// The pool in WAL mode (or one connection on a store already in it), schema migrated.
    private static func openWritable(path: String, config: Configuration, busyTimeout: TimeInterval,
                                     pooled: Bool) throws -> any DatabaseWriter {
        do {
            let pool: any DatabaseWriter = pooled ? try DatabasePool(path: path, configuration: config)
                                                  : try DatabaseQueue(path: path, configuration: config)
            // Reading the schema first makes "not a database" surface here, not later. Only
            // reads unless a migration is due: a store another instance is writing opens at
            // once for reading (WAL), it does not wait for the writer.
            if try checkSchema(pool, path: path, canMigrate: true) {
                try StoreSchema.migrator.migrate(pool)
            }
            return pool
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A read-only connection that changes nothing on disk. When the store's `-wal` and
    /// `-shm` are there (a writer is active or stopped abruptly), SQLite's read-only mode
    /// reads through them; otherwise the file is opened as immutable (SQLite URI
    /// `immutable=1`: no locks, no `-wal` or `-shm` created beside a file we may not own).
    /// The other way is tried when the first cannot open.
    /// - Throws: `.readOnly` when the schema is older than this overleg (it cannot be
    ///   migrated without writing), `.tooNew` when newer; the faults of `wrap` otherwise.
    private static func openReadOnly(path: String, config: Configuration, busyTimeout: TimeInterval) throws -> any DatabaseWriter {
        var readOnly = config
        readOnly.readonly = true
        var uri = URLComponents()
        uri.scheme = "file"
        uri.path = path
        uri.queryItems = [URLQueryItem(name: "immutable", value: "1")]
        let immutable = uri.string ?? path
        let fm = FileManager.default
        let active = fm.fileExists(atPath: path + "-wal") && fm.fileExists(atPath: path + "-shm")
        var firstError: (any Error)?
        for name in active ? [path, immutable] : [immutable, path] {
            do {
                let queue = try DatabaseQueue(path: name, configuration: readOnly)
                try checkSchema(queue, path: path, canMigrate: false)
                return queue
            } catch let e as DatabaseError where e.resultCode == .SQLITE_CANTOPEN || e.resultCode == .SQLITE_READONLY {
                firstError = firstError ?? e
            } catch {
                throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
            }
        }
        throw StoreError.wrap(firstError ?? StoreError(.cannotOpen, path: path, cause: "cannot open the store"),
                              path: path, busyTimeout: busyTimeout)
    }

    /// Throws `.tooNew` for a schema newer than this overleg, and unless `canMigrate`,
    /// `.readOnly` for an older one (a read-only store cannot be migrated).
    /// - Returns: whether migrations are due.
    @discardableResult
    private static func checkSchema(_ reader: any DatabaseReader, path: String, canMigrate: Bool) throws -> Bool {
        let migrator = StoreSchema.migrator
        let (applied, tables) = try reader.read { db in
            (try migrator.appliedIdentifiers(db),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0)
        }
        if applied.isEmpty && tables > 0 {
            throw StoreError(.notOverleg, path: path,
                             cause: "not an overleg store: an SQLite database of another program (left untouched)")
        }
        let known = Set(migrator.migrations)
        if !applied.isSubset(of: known) {
            throw StoreError(.tooNew, path: path, cause: "this store was written by a newer overleg; update overleg to use it")
        }
        if !canMigrate && applied != known {
            throw StoreError(.readOnly, path: path,
                             cause: "the store is read-only and was written by an older overleg: it must be updated once where it can be written")
        }
        return applied != known
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
