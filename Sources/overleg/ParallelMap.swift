import Dispatch

/// `map` over all cores (issue 4 "Speed": reading and extracting a thousand minutes is the
/// bulk of `overleg import`, and files are independent). Results come back in the order of
/// `items`; `transform` runs on several threads at once, so it must not touch shared mutable
/// state or print.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, transform(items[i]))
        }
        return results.values()
    }

    /// One slot per item in memory allocated up front; each slot written by exactly one
    /// iteration and read after all finished (`concurrentPerform` returns only then), so the
    /// slots need no lock.
    private final class Results<R>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<R?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func set(_ i: Int, _ value: R) { slots[i] = value }

        func values() -> [R] { slots.compactMap { $0 } }
    }
}
