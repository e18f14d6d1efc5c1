import Dashboard
import Testing

@Suite struct LayoutTests {
    @Test func narrowIsTabsWideIsGrid() {
        let narrow = render(Seed.state(80, 24))
        #expect(narrow.lines[1].contains("1 Ondermijning (4) │"))          // tab row
        #expect(narrow.lines[2].hasPrefix("┌ 1 Ondermijning (4)"))
        #expect(!narrow.text.contains("┌ 2 Screening"))
        for (w, h) in [(120, 40), (160, 48), (200, 60)] {
            let t = frame(Seed.state(w, h))
            for title in ["┌ 1 Ondermijning", "┌ 2 Screening/VOG", "┌ 3 COA-incidenten", "┌ 4 Governance", "┌ 5 Overig", "┌ Details"] {
                #expect(t.contains(title), "\(w)×\(h) lacks \(title)")
            }
        }
        // Medium: tabs with the detail beside.
        let medium = frame(Seed.state(100, 30))
        #expect(medium.contains("┐┌ Details"))
    }

    @Test func tooSmallGivesCurrentAndNeededSize() {
        let c = render(Seed.state(20, 6))
        #expect(c.text.contains("20×6 — min. 60×16"))
        #expect(frame(Seed.state(10, 3)).contains("20×6") == false)
        #expect(frame(Seed.state(10, 3)).contains("10×3 —"))
        #expect(frame(Seed.state(59, 30, lang: .en)).contains("59×30 — needs 60×16"))
        #expect(!frame(Seed.state(60, 16)).contains("needs"))
    }

    @Test func safeAtEverySizeDownToOneByOne() throws {
        for (w, h) in [(0, 0), (1, 1), (2, 1), (1, 5), (10, 2), (60, 16), (61, 17), (109, 29), (110, 30)] {
            var s = Seed.state(w, h)
            try press(&s, "j enter ? esc p space enter / a enter tab G")
            _ = update(&s, .mouse(.press, x: w / 2, y: h / 2))
            let c = render(s)
            #expect(c.width == w && c.height == h)
            #expect(c.lines.allSatisfy { TextWidth.of($0) == w })
        }
    }

    @Test func resizeKeepsSelectionAndScroll() throws {
        var s = Seed.state(160, 48)
        try press(&s, "j j j j")
        let key = s.selectedFollowUpKey
        #expect(key == "f-lijst")
        for (w, h) in [(80, 24), (20, 6), (1, 1), (100, 30), (200, 60)] {
            _ = update(&s, .resize(width: w, height: h))
            #expect(s.selectedFollowUpKey == key, "lost at \(w)×\(h)")
        }
        #expect(s.width == 200 && s.height == 60)
    }

    @Test func scrollKeepsSelectionVisibleInShortPanes() throws {
        var data = Seed.data()
        for i in 0..<40 {
            data.followUps.append(DashboardData.FollowUp(key: "x\(i)", shortID: "x\(i)", itemKey: "info",
                text: "Extra actie \(i).", parties: ["gemeenten"], lines: LineSpan(9, 9)))
        }
        var s = Seed.state(80, 24, data: data)
        try press(&s, "G")
        #expect(frame(s).contains("Extra actie 39."))
        #expect(!frame(s).contains("Informatiedeling"))
        #expect(frame(s).contains(" 47/47 "))
        _ = update(&s, .resize(width: 160, height: 48))
        #expect(frame(s).contains("Extra actie 39."))
        try press(&s, "g")
        #expect(frame(s).contains("Informatiedeling"))
    }

    @Test func mouseClickSelectsRowAndPaneDoubleClickOpensDetail() throws {
        var s = Seed.state(160, 48)
        let c = render(s)
        let y = try #require(c.lines.firstIndex { $0.contains("· korpschef —") })
        let x = try #require(c.lines[y].range(of: "korpschef")).lowerBound.utf16Offset(in: c.lines[y])
        _ = update(&s, .mouse(.press, x: x, y: y))
        #expect(s.pane == 3)
        #expect(s.selectedFollowUpKey == "f-korpschef")
        _ = update(&s, .mouse(.doubleClick, x: x, y: y))
        #expect(s.mode == .detail)
        #expect(frame(s).contains("Partijen    korpschef"))
        // A click on a tab (narrow) switches the pane.
        var t = Seed.state(80, 24)
        let tabs = render(t).lines[1]
        let tx = try #require(tabs.range(of: "4 Gov.")).lowerBound.utf16Offset(in: tabs)
        _ = update(&t, .mouse(.press, x: tx, y: 1))
        #expect(t.pane == 3)
    }

    @Test func wheelScrollsThePane() throws {
        var data = Seed.data()
        for i in 0..<40 {
            data.followUps.append(DashboardData.FollowUp(key: "x\(i)", shortID: "x\(i)", itemKey: "info",
                text: "Extra actie \(i).", parties: ["gemeenten"], lines: LineSpan(9, 9)))
        }
        var s = Seed.state(80, 24, data: data)
        _ = update(&s, .mouse(.wheelDown, x: 10, y: 10))
        _ = update(&s, .mouse(.wheelDown, x: 10, y: 10))
        let t = frame(s)
        #expect(!t.contains("Informatiedeling"))
        #expect(t.contains("Extra actie 3."))
        _ = update(&s, .mouse(.wheelUp, x: 10, y: 10))
        _ = update(&s, .mouse(.wheelUp, x: 10, y: 10))
        #expect(frame(s).contains("Informatiedeling"))
    }
}

@Suite struct SizeSweepTests {
    @Test(arguments: ["", "j enter", "?", "p", "/ a", "4 G enter j j j"])
    func everySizeDrawsFullRowsWithWholeClusters(_ keys: String) throws {
        for w in stride(from: 0, through: 130, by: 13) {
            for h in stride(from: 0, through: 45, by: 5) {
                var s = Seed.state(w, h, data: TextTests.wildData())
                try press(&s, keys)
                let c = render(s)
                for (y, line) in c.lines.enumerated() {
                    #expect(TextWidth.of(line) == w, "\(keys) \(w)×\(h) row \(y)")
                }
                for y in 0..<c.height {
                    for x in 0..<c.width where c[x, y].width == 0 {
                        #expect(x > 0 && c[x - 1, y].width == 2, "orphan half at \(x),\(y) \(w)×\(h)")
                    }
                }
            }
        }
    }
}

@Suite struct HelpMouseTests {
    @Test func wheelScrollsHelpAndClickClosesIt() throws {
        var s = Seed.state(80, 24)
        try press(&s, "?")
        let top = frame(s)
        _ = update(&s, .mouse(.wheelDown, x: 40, y: 10))
        #expect(frame(s) != top)
        _ = update(&s, .mouse(.press, x: 40, y: 10))
        #expect(s.mode == .browse)
    }
}
