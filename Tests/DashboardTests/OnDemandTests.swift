import Dashboard
import Testing

/// Data from a store (issue 4 "Speed"): follow-ups as columns, their sentences and notes
/// loaded for the rows on screen, search answered by the store, and a first screen whose
/// pane counts cover the whole store.
@Suite struct OnDemandTests {
    /// The seed fixture as `DashboardSource.load` builds data from a store: columns only,
    /// store row ids 100, 101, ….
    static func columns(_ whole: DashboardData = Seed.data()) throws -> DashboardData {
        let fus = whole.followUps
        var names: [String] = []
        var start: [Int32] = [0]
        var ids: [Int32] = []
        for f in fus {
            for p in f.parties {
                if !names.contains(p) { names.append(p) }
                ids.append(Int32(names.firstIndex(of: p) ?? 0))
            }
            start.append(Int32(ids.count))
        }
        let items = whole.items.map(\.key)
        var keys = FollowUpKeys()
        for f in fus { keys.append(f.key) }
        return try #require(DashboardData(
            meetings: whole.meetings, items: whole.items, rowIDs: fus.indices.map { Int64(100 + $0) }, keys: keys,
            itemIndex: fus.map { Int32(items.firstIndex(of: $0.itemKey) ?? -1) }, statuses: fus.map(\.status),
            dues: fus.map(\.due), partyStart: start, partyIDs: ids, partyNames: names))
    }

    /// The detail of row id `id` as the store would give it.
    static func detail(_ id: Int64) -> FollowUpDetail {
        let f = Seed.data().followUp(Int(id - 100))
        return FollowUpDetail(shortID: f.shortID, text: f.text, dueText: f.dueText, note: f.note, lines: f.lines)
    }

    @Test func keysOfSixteenHexDigitsAreKeptAsNumbersAndGivenBackAsText() {
        var keys = FollowUpKeys()
        for key in ["89e3823a5a1d891c", "f-wet", "89E3823A5A1D891C", "000000000000000a"] { keys.append(key) }
        #expect(keys.count == 4)
        #expect(keys[0] == "89e3823a5a1d891c")
        #expect(keys[1] == "f-wet")
        #expect(keys[2] == "89E3823A5A1D891C", "upper case is not a store key: kept as written")
        #expect(keys[3] == "000000000000000a")
        #expect(FollowUpKeys.number("000000000000000a") == 10)
        #expect(FollowUpKeys.number("89e3823") == nil)
    }

    @Test func columnsThatDoNotFitAreRefused() {
        #expect(DashboardData(meetings: [], items: [], rowIDs: [1], keys: FollowUpKeys(), itemIndex: [], statuses: [], dues: [],
                              partyStart: [0], partyIDs: [], partyNames: []) == nil, "one row id, no keys")
        #expect(DashboardData(meetings: [], items: [], rowIDs: [1], keys: FollowUpKeys(bits: [0], texts: [0: "k"]), itemIndex: [-1], statuses: [.open],
                              dues: [nil], partyStart: [0, 1], partyIDs: [3], partyNames: ["korpschef"]) == nil,
                "a party id past the names")
        #expect(DashboardData(meetings: [], items: [], rowIDs: [1], keys: FollowUpKeys(bits: [0], texts: [0: "k"]), itemIndex: [0], statuses: [.open],
                              dues: [nil], partyStart: [0, 0], partyIDs: [], partyNames: []) == nil,
                "an item index with no items")
    }

    @Test func rowsOnScreenAreLoadedOnceAndThenShown() throws {
        var s = Seed.state(160, 48, data: try Self.columns())
        #expect(!frame(s).contains("— Er komt een pressure"), "no sentence before it is loaded")
        let effects = update(&s, .resize(width: 160, height: 48))
        let asked = effects.compactMap { e -> [Int64]? in if case .loadFollowUps(let ids) = e { ids } else { nil } }
        let ids = try #require(asked.first)
        #expect(Set(ids) == Set(100...106), "all seven follow-ups are on screen at 160×48")
        _ = update(&s, .followUpsLoaded(Dictionary(uniqueKeysWithValues: ids.map { ($0, Self.detail($0)) })))
        #expect(frame(s).contains("— Er komt een pressure"))
        #expect(try press(&s, "j j").allSatisfy { if case .loadFollowUps = $0 { false } else { true } },
                "asked once: moving does not ask again")
    }

    @Test func statusAndFiltersWorkOnColumnsWithoutTexts() throws {
        var s = Seed.state(160, 48, data: try Self.columns())
        #expect(s.openCounts == [4, 1, 0, 2, 0])
        try press(&s, "p k o r p s enter")
        #expect(s.partyFilter == ["korpschef"])
        #expect(s.openCounts == [0, 0, 0, 1, 0])
        try press(&s, "j")
        #expect(s.selectedFollowUpKey == "f-korpschef")
        #expect(try press(&s, "space") == [.setStatus(followUpKey: "f-korpschef", status: "done")])
        _ = update(&s, .saved(followUpKey: "f-korpschef", status: "done"))
        #expect(s.openCounts == [0, 0, 0, 0, 0])
    }

    @Test func searchAsksTheStoreAndJumpsWhenItAnswers() throws {
        var s = Seed.state(160, 48, data: try Self.columns())
        let effects = try press(&s, "/ l i j")
        #expect(effects.contains(.search(text: "lij")))
        // An answer to an older text is dropped; the answer to the current one selects the
        // first match.
        _ = update(&s, .searchResults(text: "li", followUpRowIDs: [100], itemKeys: []))
        #expect(s.selectedFollowUpKey != "f-wet")
        _ = update(&s, .searchResults(text: "lij", followUpRowIDs: [103], itemKeys: []))
        #expect(s.selectedFollowUpKey == "f-lijst")
        #expect(frame(s).contains("1/1"), "the status line counts the matches")
    }

    @Test func aFirstScreenShowsTheStoreCountsUntilTheWholeDataArrives() throws {
        var first = Seed.data()
        first.paneTotals = [PaneTotals(rows: 120, open: 40, items: 20), PaneTotals(rows: 2, open: 1, items: 1),
                            PaneTotals(rows: 1, open: 0, items: 1), PaneTotals(rows: 6, open: 1, items: 3),
                            PaneTotals(rows: 1, open: 0, items: 1)]
        first.meetingTotal = 12
        var s = Seed.state(160, 48, data: first)
        #expect(s.openCounts == [40, 1, 0, 1, 0])
        #expect(frame(s).contains("12 vergaderingen"))
        #expect(frame(s).contains(" 1/120 "), "the position counts every row of the pane")
        try press(&s, "j")
        let selected = s.selectedFollowUpKey
        s.reload(try Self.columns())
        #expect(s.openCounts == [4, 1, 0, 2, 0])
        #expect(s.selectedFollowUpKey == selected, "the selection is kept")
        #expect(frame(s).contains("Er komt een pressure cooker"), "the first screen's texts are kept")
    }
}
