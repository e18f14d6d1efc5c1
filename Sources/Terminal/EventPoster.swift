import CTermSupport
import Dashboard
import Foundation

/// Hands events from other threads to the loop: a store save finished (`.saved`), another
/// process changed the store (GRDB's ValueObservation on a background queue). `post`
/// queues the event and wakes the loop through the self-pipe; the loop passes queued
/// events to the handler in order, on its own thread, before drawing the next frame
/// (NOTES-swift-ncurses.md "GRDB / SQLite").
public final class EventPoster: @unchecked Sendable {
    // @unchecked: every access to `queue` holds `lock`.
    private let lock = NSLock()
    private var queue: [Event] = []

    init() {}

    /// Queues `event` for the running loop; safe from any thread. Events posted after the
    /// loop returned are never delivered.
    public func post(_ event: Event) {
        lock.lock()
        queue.append(event)
        lock.unlock()
        _ = overleg_ts_wake()
    }

    /// Takes every queued event, oldest first.
    func take() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let events = queue
        queue.removeAll()
        return events
    }
}
