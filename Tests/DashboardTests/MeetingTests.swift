import Dashboard
import Testing

@Suite struct MeetingTests {
    /// The seed plus a second meeting with one item and one follow-up.
    static func twoMeetings() -> DashboardData {
        var d = Seed.data()
        d.meetings.append(.init(body: "Veiligheidsberaad", date: "2023-10-09", title: "Besluitenlijst"))
        d.items.append(.init(key: "vb-coa", meeting: 1, title: "Opvang asielzoekers", topics: ["coa-incidenten"],
                             lines: LineSpan(5, 8), sourceFile: "vb-2023-10-09.txt"))
        d.followUps.append(.init(key: "f-vb", shortID: "f-vb", itemKey: "vb-coa",
                                 text: "Het COA zal voor 1 december een plan opleveren.", parties: ["COA"],
                                 due: "2023-12-01", dueText: "voor 1 december", lines: LineSpan(7, 7)))
        return d
    }

    @Test func meetingFilterCyclesAndShowsInHeaderAndStatus() throws {
        var s = Seed.state(160, 48, data: Self.twoMeetings())
        var text = frame(s)
        #expect(render(s).lines[0].contains("2 vergaderingen"))
        #expect(text.contains("Opvang asielzoekers · Veiligheidsberaad 9 okt"))
        #expect(text.contains("3 COA-incidenten (1)"))
        try press(&s, "m")   // the newest meeting first: Veiligheidsberaad 2023
        #expect(!frame(s).contains("Informatiedeling"))
        #expect(frame(s).contains("Opvang asielzoekers"))
        try press(&s, "m")   // then the older one: LOVP 2017
        text = frame(s)
        #expect(!text.contains("Opvang asielzoekers"))
        #expect(render(s).lines[46].contains("Vergadering: LOVP 10 april 2017"))
        try press(&s, "M")   // back to the newer one
        #expect(frame(s).contains("Opvang asielzoekers") && !frame(s).contains("Informatiedeling"))
        try press(&s, "M")   // and back to all
        #expect(s.meetingFilter == nil)
        try press(&s, "M")   // back from all: the oldest
        #expect(frame(s).contains("Informatiedeling") && !frame(s).contains("Opvang asielzoekers"))
        try press(&s, "m")   // all again
        #expect(s.meetingFilter == nil)
        try press(&s, "m esc")
        #expect(s.meetingFilter == nil)
    }

    @Test func newestMeetingFirst() throws {
        var s = Seed.state(80, 24, data: Self.twoMeetings())
        try press(&s, "3")
        let lines = render(s).lines
        let vb = try #require(lines.firstIndex { $0.contains("Opvang asielzoekers") })
        let lovp = try #require(lines.firstIndex { $0.contains("Incidenten overzicht COA") })
        #expect(vb < lovp)
    }

    @Test func reloadKeepsSelectionAndFilters() throws {
        var s = Seed.state(80, 24)
        try press(&s, "4 G s")
        #expect(s.selectedFollowUpKey == "f-korpschef")
        var d = Seed.data()
        d.followUps.removeAll { $0.key == "f-wet" }
        s.reload(d)
        #expect(s.selectedFollowUpKey == "f-korpschef")
        #expect(s.statusFilter == .open)
        #expect(s.openCounts[3] == 1)
    }
}
