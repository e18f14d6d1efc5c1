import Foundation
import Store

extension StoreOptions {
    /// The store path: `--db`, else `$OVERLEG_DB`, else `OverlegStore.defaultPath`
    /// (DESIGN.md "Store"). A leading `~/` is expanded.
    func storePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let given = db ?? environment["OVERLEG_DB"].flatMap { $0.isEmpty ? nil : $0 }
        guard let given else { return OverlegStore.defaultPath(environment: environment) }
        return given.hasPrefix("~/") ? NSString(string: given).expandingTildeInPath : given
    }

    /// Opens (creating when missing) the store these options name.
    /// - Throws: `StoreError` naming the path (`CLI.run` prints it and exits with 3).
    func openStore() throws -> OverlegStore {
        try OverlegStore(path: storePath())
    }
}
