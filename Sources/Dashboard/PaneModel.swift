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
    var hasRowFilters: Bool { !partyFilter.isEmpty || statusFilter != nil || meetingFilter != nil }

    /// True when the follow-up passes the party and status filters.
    func passes(_ f: DashboardData.FollowUp) -> Bool {
        if let s = statusFilter, f.status != s { return false }
        if !partyFilter.isEmpty && !f.parties.contains(where: partyFilter.contains) { return false }
        return true
    }

    /// Recompute every pane's rows and counts, keeping each pane's selection by row id.
    mutating func rebuild() {
        var byPane = Array(repeating: [(item: Int, fus: [Int])](), count: 5)
        var unfiltered = Array(repeating: 0, count: 5)
        let filtering = !partyFilter.isEmpty || statusFilter != nil
        for (i, item) in data.items.enumerated() {
            let ps = Self.panes(of: item)
            for p in ps { unfiltered[p] += 1 }
            if let m = meetingFilter, item.meeting != m { continue }
            let fus = (followUpsByItem[item.key] ?? []).filter { passes(data.followUps[$0]) }
            if filtering && fus.isEmpty { continue }
            for p in ps { byPane[p].append((i, fus)) }
        }
        for p in 0..<5 {
            var entries = byPane[p]
            sortEntries(&entries)
            var rows: [Row] = []
            var open = 0
            for e in entries {
                rows.append(Row(kind: .item(e.item), id: "i:" + data.items[e.item].key))
                for f in e.fus {
                    rows.append(Row(kind: .followUp(f), id: "f:" + data.followUps[f].key))
                    if data.followUps[f].status.isPending { open += 1 }
                }
            }
            panes[p] = PaneRows(rows: rows, openCount: open, unfilteredItems: unfiltered[p])
            // Keep the selection on the same row when it is still there.
            if let id = cursors[p].id, let j = rows.firstIndex(where: { $0.id == id }) {
                cursors[p].index = j
            } else {
                select(cursors[p].index, in: p)
            }
        }
        refreshMatches()
    }

    private func sortEntries(_ entries: inout [(item: Int, fus: [Int])]) {
        let fu = data.followUps
        switch sort {
        case .meeting:
            let dates = data.meetings.map(\.date)
            func date(_ i: Int) -> String {
                let m = data.items[i].meeting
                return m >= 0 && m < dates.count ? dates[m] : ""
            }
            entries = entries.enumerated().sorted { a, b in
                let da = date(a.element.item), db = date(b.element.item)
                return da != db ? da > db : a.offset < b.offset
            }.map(\.element)
        case .deadline:
            let key: (Int) -> String = { fu[$0].due ?? "~" }   // "~" sorts after any date
            for k in entries.indices { entries[k].fus = stable(entries[k].fus, by: key) }
            entries = stable(entries, by: { $0.fus.first.map(key) ?? "~" })
        case .party:
            let key: (Int) -> String = { fu[$0].parties.first?.lowercased() ?? "~" }
            for k in entries.indices { entries[k].fus = stable(entries[k].fus, by: key) }
            entries = stable(entries, by: { $0.fus.first.map(key) ?? "~" })
        }
    }

    private func stable<T>(_ xs: [T], by key: (T) -> String) -> [T] {
        xs.enumerated().map { ($0.offset, key($0.element), $0.element) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.2)
    }

    /// Searchable text of a row (title, or sentence and parties).
    func searchText(_ row: Row) -> String {
        switch row.kind {
        case .item(let i): data.items[i].title
        case .followUp(let f): data.followUps[f].text + " " + data.followUps[f].parties.joined(separator: " ")
        }
    }

    /// True when the row contains the search text (case- and diacritic-insensitive).
    func matches(_ row: Row, _ q: String) -> Bool {
        !q.isEmpty && searchText(row).range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// Recompute the rows that match the search, in pane order.
    mutating func refreshMatches() {
        matches = []
        guard !query.isEmpty else { return }
        for p in 0..<5 {
            for (r, row) in panes[p].rows.enumerated() where matches(row, query) {
                matches.append(Position(pane: p, row: r))
            }
        }
    }

    /// Parties with the number of follow-ups each has under the filters other than the
    /// party filter, most first (computed when the picker opens).
    func allPartyCounts() -> [PartyCount] {
        var counts: [String: Int] = [:]
        for (i, f) in data.followUps.enumerated() {
            if let s = statusFilter, f.status != s { continue }
            if let m = meetingFilter {
                guard let item = itemOf(i), item.meeting == m else { continue }
            }
            for p in f.parties { counts[p, default: 0] += 1 }
        }
        return counts.map { PartyCount(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The picker's parties narrowed by its typed text (case- and diacritic-insensitive).
    func partyCounts() -> [PartyCount] {
        let q = picker.query
        guard !q.isEmpty else { return picker.all }
        return picker.all.filter { $0.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    func itemOf(_ followUp: Int) -> DashboardData.Item? {
        itemIndex[data.followUps[followUp].itemKey].map { data.items[$0] }
    }
}
