import Dashboard
import Testing

@Suite struct FilterTests {
    /// Follow-up rows (`[ ]`, `[x]`, …) on the screen.
    func followUpRows(_ s: DashboardState) -> [String] {
        render(s).lines.flatMap { line in
            line.components(separatedBy: "│").filter { $0.contains("[ ]") || $0.contains("[x]") }
        }
    }

    @Test func withAStatusFilterTheTitlesCountWhatIsShown() throws {
        var s = Seed.state(160, 48)
        #expect(s.openCounts == [4, 1, 0, 2, 0], "open follow-ups")
        try press(&s, "s s")
        #expect(s.statusFilter == .done)
        #expect(s.openCounts == [0, 0, 0, 1, 0], "the one done follow-up, not '(0)' over it")
        #expect(frame(s).contains("4 Governance (1)"))
    }

    @Test func pickerListsPartiesWithCountsAndNarrowsAsYouType() throws {
        var s = Seed.state(80, 24)
        try press(&s, "p")
        var text = frame(s)
        #expect(text.contains("Partijkiezer"))
        #expect(text.contains("minister van Justitie en Veiligheid") && text.contains(" 2 "))
        #expect(text.contains("korpschef"))
        try press(&s, "k o r p")
        text = frame(s)
        #expect(text.contains("> korp"))
        #expect(text.contains("korpschef"))
        #expect(text.contains("[ ] korpschef"))
        #expect(!text.contains("[ ] minister van Defensie"))
    }

    @Test func korpschefFilterLeavesOnlyTheKorpschefsFollowUp() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p k o r p s enter")
        #expect(s.partyFilter == ["korpschef"])
        let rows = followUpRows(s)
        #expect(rows.count == 1)
        #expect(rows.first?.contains("30 sep 2017 · korpschef") == true)
        let status = render(s).lines[47 - 1]
        #expect(status.contains("Partij: korpschef"))
        #expect(s.openCounts == [0, 0, 0, 1, 0])
        // Esc clears the filter.
        try press(&s, "esc")
        #expect(s.partyFilter.isEmpty)
        #expect(followUpRows(s).count == 8)
    }

    @Test func spaceTogglesSeveralParties() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p k o r p s space backspace backspace backspace backspace backspace l o v p space enter")
        #expect(s.partyFilter == ["korpschef", "LOVP"])
        #expect(followUpRows(s).count == 3)   // korpschef once, LOVP's in two panes
        #expect(render(s).lines[46].contains("Partij: LOVP, korpschef"))
    }

    @Test func escInPickerChangesNothing() throws {
        var s = Seed.state(80, 24)
        try press(&s, "p down space esc")
        #expect(s.partyFilter.isEmpty)
        #expect(s.mode == .browse)
    }

    @Test func statusFilterCyclesAndEscClearsFiltersOneAtATime() throws {
        var s = Seed.state(160, 48)
        try press(&s, "s")
        #expect(s.statusFilter == .open)
        #expect(followUpRows(s).count == 7)
        #expect(followUpRows(s).allSatisfy { $0.contains("[ ]") })
        try press(&s, "s")
        #expect(s.statusFilter == .done)
        #expect(followUpRows(s).count == 1)
        #expect(render(s).lines[46].contains("Status: Afgerond"))
        try press(&s, "s s s")
        #expect(s.statusFilter == nil)
        try press(&s, "s p r e g enter")
        #expect(s.partyFilter == ["regioburgemeesters"])
        #expect(followUpRows(s).count == 2)
        #expect(render(s).lines[46].contains("Partij: regioburgemeesters · Status: Openstaand"))
        try press(&s, "esc")   // the party filter first (set last)
        #expect(s.partyFilter.isEmpty && s.statusFilter == .open)
        try press(&s, "esc")
        #expect(s.statusFilter == nil)
        #expect(followUpRows(s).count == 8)
    }

    @Test func searchAsYouTypeJumpsHighlightsAndCounts() throws {
        var s = Seed.state(160, 48)
        try press(&s, "/ b u r g e m")
        #expect(s.mode == .search)
        #expect(render(s).lines[46].contains("/burgem"))
        // The first match from the top: the overleg sentence (regioburgemeesters).
        #expect(s.selectedFollowUpKey == "f-overleg")
        try press(&s, "enter")
        #expect(s.mode == .browse)
        let status = render(s).lines[46]
        #expect(status.contains("Zoek: \"burgem\" 1/"))
        try press(&s, "n")
        #expect(s.selectedFollowUpKey == "f-lijst")
        try press(&s, "N")
        #expect(s.selectedFollowUpKey == "f-overleg")
        // Matches carry the highlight role.
        let c = render(s)
        let y = try #require(c.lines.firstIndex { $0.contains("[ ] regioburgemeesters — ") })
        let x = try #require(c.lines[y].range(of: "burgem")).lowerBound.utf16Offset(in: c.lines[y])
        #expect(c[x, y].role == .highlight)
        #expect(c[x - 1, y].role != .highlight)
        try press(&s, "esc")
        #expect(s.query.isEmpty)
    }

    @Test func searchWithoutMatchesSaysSo() throws {
        var s = Seed.state(80, 24)
        try press(&s, "/ x y z")
        #expect(render(s).lines[22].contains("geen treffers"))
        try press(&s, "esc")
        #expect(s.query.isEmpty && s.mode == .browse)
    }

    @Test func sortByDeadlinePutsEarliestFirst() throws {
        var s = Seed.state(80, 24)
        try press(&s, "o")
        #expect(s.sort == .deadline)
        let lines = render(s).lines
        let first = try #require(lines.firstIndex { $0.contains("31 mei 2017") })
        let undated = try #require(lines.firstIndex { $0.contains("[ ] gemeenten") })
        #expect(first < undated)
        #expect(lines[22].contains("Sortering: deadline"))
    }
}

@Suite struct OverdueFilterTests {
    @Test func bangShowsOnlyOverdueAndEscClearsIt() throws {
        var s = Seed.state(80, 24, today: "2017-06-15")
        try press(&s, "!")
        #expect(s.overdueOnly)
        #expect(s.openCounts == [1, 0, 0, 0, 0])
        #expect(render(s).lines[22].contains("! over de deadline"))
        #expect(frame(s).contains("[ ]!31 mei 2017"))
        try press(&s, "esc")
        #expect(!s.overdueOnly && s.openCounts == [4, 1, 0, 2, 0])
    }
}

@Suite struct FilterFocusTests {
    @Test func filterThatEmptiesTheFocusedPaneMovesTheFocus() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p k o r p s enter")
        #expect(s.pane == 3)
        try press(&s, "j")
        #expect(s.selectedFollowUpKey == "f-korpschef")
        #expect(frame(s).contains("Partijen    korpschef"))
    }
}
