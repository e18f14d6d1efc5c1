import Foundation

extension DashboardState {
    /// Replace the data (after a re-import, an undo, or another instance's write) while
    /// keeping the focus, the selection (by row identity), scroll, filters, search and mode.
    /// Pending saves for follow-ups that are gone are dropped. Item texts already loaded
    /// are kept when `newData` does not hold them (they are loaded on demand).
    /// After a first screen (`paneTotals`), its follow-up details are kept for `newData`.
    public mutating func reload(_ newData: DashboardData) {
        let old = data
        data = newData
        data.itemText.merge(old.itemText) { new, _ in new }
        reindex()
        detailsRequested = []
        if old.paneTotals != nil, data.textsOnDemand {
            for (f, detail) in old.details {
                if let g = followUpIndex(old.columns.keys[f]), data.details[g] == nil { data.details[g] = detail }
            }
        }
        pending = pending.filter { followUpIndex($0.key) != nil }
        for p in 0..<5 { cursors[p].row = cursors[p].id.flatMap { row(for: $0) } }
        if let m = meetingFilter, m >= data.meetings.count {
            meetingFilter = nil
            filterStack.removeAll { $0 == .meeting }
        }
        searchHits = nil
        if !query.isEmpty { searchChanged() }
        rebuild()
        fixScroll()
    }
}
