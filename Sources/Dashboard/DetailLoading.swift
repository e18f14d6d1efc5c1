import Foundation

/// Follow-up details loaded on demand (issue 4 "Speed": text loaded on demand). With data
/// from a store, `DashboardData` holds the columns of every follow-up but the sentence, note
/// and lines only of those that were on screen; `update` asks for the rest as they scroll
/// into view, and the wiring answers before the next frame is drawn.
extension DashboardState {
    /// `.loadFollowUps` for the follow-ups in view — the visible rows of every pane on
    /// screen, and the selected row — whose details are neither here nor asked for yet.
    mutating func detailsToLoad() -> Effect? {
        guard data.textsOnDemand else { return nil }
        let l = layout
        var ids: [Int64] = []
        func want(_ f: Int) {
            guard data.details[f] == nil else { return }
            let id = data.columns.rowIDs[f]
            if detailsRequested.insert(id).inserted { ids.append(id) }
        }
        for p in 0..<5 {
            guard let box = l.panes[p] else { continue }
            let height = box.inner.h
            let rows = panes[p].rows
            let top = scrollOffset(p, height: height)
            for i in top..<max(top, min(rows.count, top + height)) {
                if case .followUp(let f) = rows[i].kind { want(f) }
            }
        }
        if let row = selectedRow, case .followUp(let f) = row.kind { want(f) }
        return ids.isEmpty ? nil : .loadFollowUps(rowIDs: ids)
    }
}
