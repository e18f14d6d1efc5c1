import Foundation

extension DashboardState {
    /// Replace the data (after a re-import, an undo, or another instance's write) while
    /// keeping the focus, the selection (by row identity), scroll, filters, search and mode.
    /// Pending saves for follow-ups that are gone are dropped. Item texts already loaded
    /// are kept when `newData` does not hold them (they are loaded on demand).
    public mutating func reload(_ newData: DashboardData) {
        let loaded = data.itemText
        data = newData
        data.itemText.merge(loaded) { new, _ in new }
        reindex()
        pending = pending.filter { followUpIndex($0.key) != nil }
        for p in 0..<5 { cursors[p].row = cursors[p].id.flatMap { row(for: $0) } }
        if let m = meetingFilter, m >= data.meetings.count {
            meetingFilter = nil
            filterStack.removeAll { $0 == .meeting }
        }
        rebuild()
        fixScroll()
    }
}
