import Foundation
import Store

extension StoreOptions {
    /// The store path: `--db`, else `$OVERLEG_DB`, else `OverlegStore.defaultPath`
    /// (DESIGN.md "Store"). A leading `~/` is expanded.
    func storePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        explicitPath(environment: environment) ?? OverlegStore.defaultPath(environment: environment)
    }

    /// The path the user named with `--db` or `$OVERLEG_DB` (`~/` expanded), or nil for
    /// the default path.
    func explicitPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let given = db.flatMap { $0.isEmpty ? nil : $0 } ?? environment["OVERLEG_DB"].flatMap { $0.isEmpty ? nil : $0 }
        guard let given else { return nil }
        return given.hasPrefix("~/") ? NSString(string: given).expandingTildeInPath : given
    }

    /// Opens (creating when missing) the store these options name. The default path's
    /// folder is created (mode 0700); the folder of a path the user named must exist, so
    /// that a typo in `--db` leaves nothing behind. A store that cannot be written is opened
    /// read-only: reading commands work, writing ones fail with `.readOnly`.
    /// - Parameter concurrentReads: false for a command that reads or writes once (`list`,
    ///   `done`): one connection, opened without writing (`OverlegStore.init`).
    /// - Throws: `StoreError` naming the path (`CLI.run` prints it and exits with 3).
    func openStore(concurrentReads: Bool = true) throws -> OverlegStore {
        let explicit = explicitPath()
        return try OverlegStore(path: explicit ?? storePath(), createsFolder: explicit == nil, concurrentReads: concurrentReads)
    }
}
