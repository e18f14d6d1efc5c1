import Foundation

/// Pane contents: which items and follow-ups each topic pane lists under the active
/// filters and sort order. Rebuilt only when data or filters change.
extension DashboardState {
    /// True when party, status or meeting filters hide rows.
    var hasRowFilters: Bool { !partyFilter.isEmpty || statusFilter != nil || meetingFilter != nil || overdueOnly }

    /// Recompute every pane's rows and counts, keeping each pane's selection by row key.
    mutating func rebuild() {
        var byPane = Array(repeating: [(item: Int, fus: [Int])](), count: 5)
        var unfiltered = Array(repeating: 0, count: 5)
        let filtering = !partyFilter.isEmpty || statusFilter != nil || overdueOnly
        var wanted = [Bool](repeating: false, count: data.columns.partyNames.count)
        for name in partyFilter { if let id = index.partyID[name] { wanted[Int(id)] = true } }
        let cols = data.columns
        for i in index.meetingOrder {
            let ps = index.panesOfItem[i]
            for p in ps { unfiltered[p] += 1 }
            if let m = meetingFilter, data.items[i].meeting != m { continue }
            var list = index.followUpsOfItem[i]
            if filtering {
                list = list.filter { f in
                    if let s = statusFilter, cols.statuses[f] != s { return false }
                    if overdueOnly && !isOverdue(f) { return false }
                    return partyFilter.isEmpty || cols.parties(of: f).contains { wanted[Int($0)] }
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
                    // The open ones (open or partly done); with a status filter, those shown (a
                    // title "(0)" over a list of lapsed follow-ups read as a contradiction).
                    if statusFilter != nil || cols.statuses[f].isPending { open += 1 }
                }
            }
            panes[p] = PaneRows(rows: rows, openCount: open, unfilteredItems: unfiltered[p], totalRows: rows.count)
            // A first screen holds the newest rows only: its counts come from the store.
            if let totals = data.paneTotals, p < totals.count {
                panes[p].openCount = totals[p].open
                panes[p].unfilteredItems = totals[p].items
                panes[p].totalRows = max(rows.count, totals[p].rows)
            }
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
        let cols = data.columns
        let firstParty = cols.partyNames.map { $0.lowercased() }
        let key: (Int) -> String = sort == .deadline ? { cols.dues[$0] ?? "~" }   // "~" after any date
            : { f in cols.parties(of: f).first.map { firstParty[Int($0)] } ?? "~" }
        for k in entries.indices { entries[k].fus = stable(entries[k].fus, by: key) }
        entries = stable(entries, by: { $0.fus.first.map(key) ?? "~" })
    }

    private func stable<T>(_ xs: [T], by key: (T) -> String) -> [T] {
        xs.enumerated().map { ($0.offset, key($0.element), $0.element) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.2)
    }

    /// Recompute the rows that match the search, in pane order, from `searchHits` (the
    /// follow-ups and items whose text matches `query`).
    mutating func refreshMatches() {
        matches = []
        guard !query.isEmpty, let hits = searchHits, hits.query == query else { return }
        for p in 0..<5 {
            for (r, row) in panes[p].rows.enumerated() {
                let hit: Bool
                switch row.kind {
                case .item(let i): hit = hits.items.contains(i)
                case .followUp(let f): hit = hits.followUps.contains(f)
                }
                if hit { matches.append(Position(pane: p, row: r)) }
            }
        }
    }

    /// The search text changed: with whole data, search it here (case- and
    /// diacritic-insensitive substring); with texts on demand, ask the store (`.search`, sent
    /// by `update`) and wait for `.searchResults`.
    mutating func searchChanged() {
        searchHits = nil
        if !query.isEmpty {
            if data.textsOnDemand {
                searchToRun = query
            } else {
                searchHits = localSearch(query)
            }
        }
        refreshMatches()
    }

    /// The follow-ups and items of whole data whose folded text contains the folded query.
    mutating func localSearch(_ text: String) -> SearchHits {
        index.buildSearch(data)
        var hits = SearchHits(query: text)
        guard let fo = index.foldedFollowUps, let it = index.foldedItems else { return hits }
        let q = DataIndex.fold(text)
        for (f, hay) in fo.enumerated() where DataIndex.contains(hay, q) { hits.followUps.insert(f) }
        for (i, hay) in it.enumerated() where DataIndex.contains(hay, q) { hits.items.insert(i) }
        return hits
    }

    /// Parties with the number of follow-ups each has under the filters other than the
    /// party filter, most first (computed when the picker opens).
    func allPartyCounts() -> [PartyCount] {
        let cols = data.columns
        var counts = [Int](repeating: 0, count: cols.partyNames.count)
        for f in 0..<cols.keys.count {
            if let s = statusFilter, cols.statuses[f] != s { continue }
            if let m = meetingFilter {
                let it = Int(cols.items[f])
                guard it >= 0, data.items[it].meeting == m else { continue }
            }
            for p in cols.parties(of: f) { counts[Int(p)] += 1 }
        }
        return counts.indices.filter { counts[$0] > 0 }
            .map { PartyCount(name: cols.partyNames[$0], count: counts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The picker's parties narrowed by its typed text (case- and diacritic-insensitive).
    func partyCounts() -> [PartyCount] {
        let q = picker.query
        guard !q.isEmpty else { return picker.all }
        return picker.all.filter { $0.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }
}
