import Dashboard
import Foundation
import Store

/// Reads the whole store for the dashboard (`DashboardSource.load`) on a thread of its own,
/// while the first frame is drawn from `DashboardSource.firstScreen` (issue 4 "Speed": first
/// frame under 50 ms at 50,000 follow-ups). The store is a WAL database pool: this read runs
/// beside the main thread's.
final class DashboardLoader: @unchecked Sendable {
    // @unchecked: `result` is written once on the loading thread before `done` is signalled,
    // and read only after waiting for `done`.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<DashboardData?, Error> = .success(nil)

    /// Starts reading `store` at once.
    init(store: OverlegStore) {
        Thread.detachNewThread { [self] in
            result = Result { try DashboardSource.load(from: store) }
            done.signal()
        }
    }

    /// The whole data, waiting for the read to end (nil when the store holds no meeting).
    /// Call it at most once.
    /// - Throws: the `StoreError` of the read.
    func wait() throws -> DashboardData? {
        done.wait()
        return try result.get()
    }
}
