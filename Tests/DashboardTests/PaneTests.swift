import Dashboard
import Testing

@Suite struct PaneTests {
    @Test func paneTitlesAndOpenCountsInDutch() throws {
        let s = Seed.state(160, 48)
        let text = frame(s)
        // Ondermijning: cooker, overleg, lijst + the VOG item's follow-up (two topics) = 4.
        #expect(text.contains("1 Ondermijning (4)"))
        #expect(text.contains("2 Screening/VOG (1)"))
        #expect(text.contains("3 COA-incidenten (0)"))
        // Governance: wet and korpschef open; the politie follow-up is done.
        #expect(text.contains("4 Governance (2)"))
        #expect(text.contains("5 Overig (0)"))
        #expect(s.openCounts == [4, 1, 0, 2, 0])
    }

    @Test func englishTitles() {
        let text = frame(Seed.state(160, 48, lang: .en))
        for t in ["1 Subversive crime (4)", "2 Screening/VOG (1)", "3 COA incidents (0)", "4 Governance (2)", "5 Other (0)"] {
            #expect(text.contains(t), "missing \(t)")
        }
    }

    @Test func followUpRowsShowBoxPartiesAndDutchDeadline() throws {
        let s = Seed.state(160, 48)
        let row = try #require(line(s, containing: "· korpschef"))
        #expect(row.contains("[ ] 30 sep 2017 · korpschef — De korpschef"), "short month in a pane row")
        #expect(try #require(line(s, containing: "[x] politie")).contains("Er zullen door politie"))
    }

    @Test func englishDeadlineIsISO() throws {
        let s = Seed.state(160, 48, lang: .en)
        #expect(try #require(line(s, containing: "· korpschef")).contains("[ ] 2017-09-30 · korpschef"))
    }

    @Test func overdueIsMarkedByCharacterAndRole() throws {
        let s = Seed.state(160, 48, today: "2017-06-15")
        let c = render(s)
        let y = try #require(c.lines.firstIndex { $0.contains("31 mei 2017 · minister") })
        #expect(c.lines[y].contains("[ ]!31 mei 2017 · minister van Justit… — Eind"), "parties cut so the sentence shows")
        let x = try #require(c.lines[y].firstIndex(of: "!")).utf16Offset(in: c.lines[y])
        #expect(c[x, y].role == .overdue)
        // Not overdue before the deadline.
        #expect(!frame(Seed.state(160, 48, today: "2017-05-01")).contains("]!"))
    }

    @Test func itemWithTwoTopicsInBothPanes() {
        let text = frame(Seed.state(160, 48))
        #expect(text.components(separatedBy: "Screening van ketenpartners/VOG").count - 1 == 2)
    }

    @Test func navigationMovesTheSelectedRow() throws {
        var s = Seed.state(80, 24)
        func selectedText() -> String {
            let c = render(s)
            let y = (0..<c.height).first { y in (1..<c.width - 1).allSatisfy { c[$0, y].role == .selected } }
            return y.map { c.lines[$0] } ?? ""
        }
        #expect(selectedText().contains("Informatiedeling"))
        try press(&s, "j")
        #expect(selectedText().contains("[ ] gemeenten"))
        try press(&s, "down down")
        #expect(selectedText().contains("Inventarisatie"))
        try press(&s, "k")
        #expect(selectedText().contains("31 mei 2017 · minister"))
        try press(&s, "G")
        #expect(selectedText().contains("[ ] LOVP"))
        try press(&s, "g")
        #expect(selectedText().contains("Informatiedeling"))
        try press(&s, "end home pgdn")
        #expect(selectedText().contains("[ ] LOVP"))
    }

    @Test func tabAndDigitsSwitchPanes() throws {
        var s = Seed.state(80, 24)
        try press(&s, "tab")
        #expect(s.pane == 1)
        #expect(frame(s).contains("┌ 2 Screening/VOG (1)"))
        try press(&s, "backtab backtab")
        #expect(s.pane == 4)
        try press(&s, "4")
        #expect(s.pane == 3)
        #expect(frame(s).contains("Governance politie"))
        try press(&s, "l h")
        #expect(s.pane == 3)
    }

    @Test func emptyPaneSaysWhyAndWhichKey() throws {
        var s = Seed.state(160, 48)
        #expect(frame(s).contains("Incidenten overzicht COA locaties"))
        try press(&s, "s")   // status filter "open" empties COA-incidenten (no follow-ups)
        #expect(!frame(s).contains("Incidenten overzicht COA locaties"))
        #expect(frame(s).contains("│Niets hier met de actieve filters — Esc wist er een"))
        let empty = Seed.state(80, 24, data: DashboardData(meetings: [], items: [], followUps: []))
        #expect(frame(empty).contains("Geen agendapunten over dit onderwerp — Tab toont het volgende paneel"))
    }

    @Test func demoIsMarkedInTheHeader() {
        let demo = render(Seed.state(80, 24, data: Seed.data(demo: true)))
        #expect(demo.lines[0].hasSuffix(" DEMO "))
        #expect(!frame(Seed.state(80, 24)).contains("DEMO"))
    }

    @Test func quitKeysGiveTheQuitEffect() throws {
        var s = Seed.state()
        #expect(try press(&s, "q") == [.quit])
        #expect(try press(&s, "ctrl-c") == [.quit])
    }
}

@Suite struct InitialFocusTests {
    @Test func theDashboardOpensOnTheFirstPaneWithItems() {
        var data = Seed.data()
        data.items = data.items.filter { !$0.topics.contains("ondermijning") && !$0.topics.contains("screening-vog") }
        data.followUps = data.followUps.filter { f in data.items.contains { $0.key == f.itemKey } }
        let s = Seed.state(80, 24, data: data)
        #expect(s.pane == 2)   // COA-incidenten: the first pane with an item
        #expect(frame(s).contains("┌ 3 COA-incidenten"))
    }
}
