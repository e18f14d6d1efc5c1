import Dashboard
import Testing

@Suite struct DetailTests {
    @Test func detailShowsHighlightedSentenceFieldsAndLines() throws {
        var s = Seed.state(80, 24)
        try press(&s, "j j enter")
        #expect(s.mode == .detail)
        let c = render(s)
        let text = c.text
        #expect(text.contains("┌ Details"))
        #expect(text.contains("Partijen    minister van Justitie en Veiligheid, regioburgemeesters"))
        #expect(text.contains("Deadline    ! 31 mei 2017 (Eind mei)"))
        #expect(text.contains("Status      [ ] Openstaand"))
        #expect(text.contains("Bron        lovp-2017-04-10.txt, regel 9"))
        // The follow-up's sentence is highlighted, the rest of the paragraph is not.
        let y = try #require(c.lines.firstIndex { $0.contains("Eind mei zal er") })
        let x = try #require(c.lines[y].range(of: "Eind mei zal")).lowerBound.utf16Offset(in: c.lines[y])
        #expect(c[x, y].role == .highlight)
        let y0 = try #require(c.lines.firstIndex { $0.contains("Er komt een pressure") })
        let x0 = try #require(c.lines[y0].range(of: "Er komt")).lowerBound.utf16Offset(in: c.lines[y0])
        #expect(c[x0, y0].role == .normal)
        try press(&s, "esc")
        #expect(s.mode == .browse)
        #expect(!frame(s).contains("┌ Details"))
    }

    @Test func detailInEnglish() throws {
        var s = Seed.state(80, 24, lang: .en)
        try press(&s, "4 G enter")
        let text = frame(s)
        #expect(text.contains("Parties     korpschef"))
        #expect(text.contains("Deadline    ! 2017-09-30 (na de zomer)") == false)   // not overdue on 2017-06-15
        #expect(text.contains("Deadline    2017-09-30 (na de zomer)"))
        #expect(text.contains("Source      lovp-2017-04-10.txt, line 29"))
    }

    @Test func detailOfAnItem() throws {
        var s = Seed.state(80, 24)
        try press(&s, "4 G k enter")   // Governance politie item row
        let text = frame(s)
        #expect(text.contains("Acties      1"))
        #expect(text.contains("Bron        lovp-2017-04-10.txt, regel 29"))
    }

    @Test func spaceInDetailMarksToo() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "4 G enter space") == [.setStatus(followUpKey: "f-korpschef", status: "done")])
        _ = update(&s, .saved(followUpKey: "f-korpschef", status: "done"))
        #expect(frame(s).contains("Status      [x] Afgerond"))
    }

    @Test func sentenceWithoutItemTextIsShownHighlighted() throws {
        var s = Seed.state(80, 24)
        try press(&s, "1 G enter")   // LOVP follow-up; no item text in the data
        let c = render(s)
        let y = try #require(c.lines.firstIndex { $0.contains("Het onderwerp komt terug") })
        let x = try #require(c.lines[y].range(of: "Het")).lowerBound.utf16Offset(in: c.lines[y])
        #expect(c[x, y].role == .highlight)
    }

    @Test func helpIsGeneratedFromTheKeymap() throws {
        var s = Seed.state(80, 40)
        try press(&s, "?")
        let text = frame(s)
        #expect(text.contains("Help — overleg"))
        for b in Keymap.bindings(.browse) {
            if case .char(let ch) = b.keys[0], ch != " ", b.label == nil {
                #expect(text.contains("  \(ch)"), "help lacks key \(ch)")
            }
        }
        #expect(text.contains("filteren op partij"))
        #expect(text.contains("1–5"))
        try press(&s, "esc")
        #expect(s.mode == .browse)
        var en = Seed.state(80, 40, lang: .en)
        try press(&en, "?")
        #expect(frame(en).contains("filter by party"))
    }

    @Test func hintBarFollowsTheModeAndLanguage() throws {
        var s = Seed.state(100, 30)
        #expect(render(s).lines[29].contains("p partij"))
        try press(&s, "p")
        #expect(render(s).lines[29].contains("Spatie aanvinken"))
        let en = Seed.state(100, 30, lang: .en)
        #expect(render(en).lines[29].contains("Space done"))
    }
}

@Suite struct HelpScrollTests {
    @Test func helpScrollsWhenTallerThanTheScreenAndStopsAtTheEnd() throws {
        var s = Seed.state(80, 24)
        try press(&s, "?")
        #expect(frame(s).contains("▼"))
        #expect(!frame(s).contains("over de deadline\n") && !frame(s).contains("! over de deadline"))
        for _ in 0..<200 { try press(&s, "j") }
        let bottom = frame(s)
        #expect(bottom.contains("! over de deadline"))
        try press(&s, "k")
        #expect(frame(s) != bottom)   // one step up moves at once (scroll is clamped)
    }
}

@Suite struct VagueDeadlineTests {
    @Test func aPhraseWithoutADateIsShownAsWritten() throws {
        var d = Seed.data()
        d.followUps[0].dueText = "binnenkort"
        var s = Seed.state(80, 24, data: d)
        try press(&s, "4 j")
        #expect(frame(s).contains("[ ] binnenkort · minister van Defensie"))
        try press(&s, "enter")
        #expect(frame(s).contains("Deadline    binnenkort"))
    }
}
