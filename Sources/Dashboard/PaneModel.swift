import Foundation

/// Pane contents: which items and follow-ups each topic pane lists under the active
/// filters and sort order. Rebuilt only when data or filters change.
extension DashboardState {
    /// Topic id → pane index (0...4); unknown topics and none go to Overig (4).
    static func paneIndex(ofTopic t: String) -> Int {
        switch t {
        case "ondermijning": 0
        case "screening-vog": 1
        case "coa-incidenten": 2
        case "governance": 3
        default: 4
        }
    }

    /// The panes an item appears in (an item with two topics appears in both).
    static func panes(of item: DashboardData.Item) -> [Int] {
        var out: [Int] = []
        for t in item.topics {
            let p = paneIndex(ofTopic: t)
            if !out.contains(p) { out.append(p) }
        }
        return out.isEmpty ? [4] : out.sorted()
    }

    /// True when party, status or meeting filters hide rows.
    var hasRowFilters: Bool { !partyFilter.isEmpty || statusFilter != nil || meetingFilter != nil || overdueOnly }

    /// Recompute every pane's rows and counts, keeping each pane's selection by row key.
    mutating func rebuild() {
        var byPane = Array(repeating: [(item: Int, fus: [Int])](), count: 5)
        var unfiltered = Array(repeating: 0, count: 5)
        let filtering = !partyFilter.isEmpty || statusFilter != nil || overdueOnly
        var wanted = [Bool](repeating: false, count: index.partyID.count)
        for name in partyFilter { if let id = index.partyID[name] { wanted[id] = true } }
        let fus = data.followUps
        for i in index.meetingOrder {
            let ps = index.panesOfItem[i]
            for p in ps { unfiltered[p] += 1 }
            if let m = meetingFilter, data.items[i].meeting != m { continue }
            var list = index.followUpsOfItem[i]
            if filtering {
                list = list.filter { f in
                    if let s = statusFilter, fus[f].status != s { return false }
                    if overdueOnly && !isOverdue(fus[f]) { return false }
                    return partyFilter.isEmpty || index.partiesOfFollowUp[f].contains { wanted[$0] }
                }
                if list.isEmpty { continue }
            }
            for p in ps { byPane[p].append((i, list)) }
        }
        for p in 0..<5 {
            var entries = byPane[p]
            if sort != .meeting { sortEntries(&entries) }
            var rows: [Row] = []
            rows.reserveCapacity(entries.count * 6)
            var open = 0
            for e in entries {
                rows.append(Row(kind: .item(e.item)))
                for f in e.fus {
                    rows.append(Row(kind: .followUp(f)))
                    if fus[f].status.isPending { open += 1 }
                }
            }
            panes[p] = PaneRows(rows: rows, openCount: open, unfilteredItems: unfiltered[p])
            // Keep the selection on the same row when it is still there.
            if let target = cursors[p].row, let j = rows.firstIndex(of: target) {
                cursors[p].index = j
            } else {
                select(cursors[p].index, in: p)
            }
        }
        refreshMatches()
    }

    /// Deadline or party order (the meeting order is the index's).
    private func sortEntries(_ entries: inout [(item: Int, fus: [Int])]) {
        let fu = data.followUps
        let key: (Int) -> String = sort == .deadline ? { fu[$0].due ?? "~" }   // "~" after any date
                                                     : { fu[$0].parties.first?.lowercased() ?? "~" }
        for k in entries.indices { entries[k].fus = stable(entries[k].fus, by: key) }
        entries = stable(entries, by: { $0.fus.first.map(key) ?? "~" })
    }

    private func stable<T>(_ xs: [T], by key: (T) -> String) -> [T] {
        xs.enumerated().map { ($0.offset, key($0.element), $0.element) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.2)
    }

    /// Recompute the rows that match the search (case- and diacritic-insensitive), in
    /// pane order.
    mutating func refreshMatches() {
        matches = []
        guard !query.isEmpty else { return }
        index.buildSearch(data)
        guard let fo = index.foldedFollowUps, let it = index.foldedItems else { return }
        let q = DataIndex.fold(query)
        for p in 0..<5 {
            for (r, row) in panes[p].rows.enumerated() {
                let hay: [UInt8]
                switch row.kind {
                case .item(let i): hay = it[i]
                case .followUp(let f): hay = fo[f]
                }
                if DataIndex.contains(hay, q) { matches.append(Position(pane: p, row: r)) }
            }
        }
    }

    /// Parties with the number of follow-ups each has under the filters other than the
    /// party filter, most first (computed when the picker opens).
    func allPartyCounts() -> [PartyCount] {
        var counts = [Int](repeating: 0, count: index.partyNames.count)
        let fus = data.followUps
        for i in fus.indices {
            if let s = statusFilter, fus[i].status != s { continue }
            if let m = meetingFilter {
                let it = index.itemOfFollowUp[i]
                guard it >= 0, data.items[it].meeting == m else { continue }
            }
            for p in index.partiesOfFollowUp[i] { counts[p] += 1 }
        }
        return counts.indices.filter { counts[$0] > 0 }
            .map { PartyCount(name: index.partyNames[$0], count: counts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The picker's parties narrowed by its typed text (case- and diacritic-insensitive).
    func partyCounts() -> [PartyCount] {
        let q = picker.query
        guard !q.isEmpty else { return picker.all }
        return picker.all.filter { $0.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }
}
