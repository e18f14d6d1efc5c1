import Dashboard
import Foundation
import Testing

/// What trying the dashboard as a new user at 80×24 and 200×60 changed (issue 5 "tried as a
/// new user would"): each test names the confusion it guards against.
@Suite struct NewUserTests {
    @Test func theDemoSaysHowToOpenYourOwnMinutes() throws {
        var s = Seed.state(80, 24, data: Seed.data(demo: true))
        let status = render(s).lines[22]
        #expect(status.contains("Voorbeeldnotulen — eigen notulen openen: overleg BESTAND.txt"))
        // Not over a filter or a message, and not on a real store.
        try press(&s, "s")
        #expect(!render(s).lines[22].contains("Voorbeeldnotulen"))
        #expect(!render(Seed.state(80, 24)).lines[22].contains("Voorbeeldnotulen"))
    }

    @Test func thePickerNamesTheChosenPartiesTheQueryHides() throws {
        var s = Seed.state(80, 24)
        try press(&s, "p k o r p s space backspace backspace backspace backspace backspace p o l i t")
        let f = frame(s)
        #expect(f.contains("[ ] politie"), "the list shows only what the query matches")
        #expect(!f.contains("[x] korpschef"))
        #expect(f.contains("Gekozen: korpschef"), "korpschef is still chosen, and says so")
        try press(&s, "space")
        #expect(frame(s).contains("Gekozen: korpschef, politie"))
    }

    @Test func theNarrowHintBarKeepsTabForThePanes() throws {
        let s = Seed.state(80, 24)
        let bar = render(s).lines[23]
        #expect(bar.contains("Tab paneel"), "Tab is how the other tabs are reached: \(bar)")
        #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix("q stoppen"), "no ellipsis at the end: \(bar)")
    }

    @Test func arrowsInTheDetailAndHelpSayScroll() throws {
        var s = Seed.state(80, 24)
        try press(&s, "j enter")
        #expect(render(s).lines[23].contains("↑↓ scrollen"))
        try press(&s, "esc")
        try press(&s, "?")
        #expect(render(s).lines[23].contains("↑↓ scrollen"))
    }

    @Test func aLongNoteShowsItsEndWhileTyping() throws {
        var s = Seed.state(80, 24)
        try press(&s, "j e")
        for _ in 0..<40 { try press(&s, "a b") }
        try press(&s, "Z")
        let status = render(s).lines[22]
        #expect(status.contains("Notitie: …"), "the start is cut: \(status)")
        #expect(status.contains("abZ▏"), "the end is in sight: \(status)")
    }

    @Test func mWithOneMeetingSaysSo() throws {
        var s = Seed.state(80, 24)
        try press(&s, "m")
        #expect(render(s).lines[22].contains("Er is maar één vergadering"))
    }

    @Test func theNarrowTabRowUsesShortNamesInsteadOfCutOnes() {
        let tabs = render(Seed.state(80, 24)).lines[1]
        #expect(tabs.contains("2 VOG (1)") && tabs.contains("4 Gov. (2)"), "\(tabs)")
        #expect(!tabs.contains("…"))
        let narrow = render(Seed.state(60, 16)).lines[1]
        #expect(narrow.contains("1 Ondermijning (4)") && narrow.contains("5 Overig"), "\(narrow)")
    }

    @Test func theHelpPagesWithTheUsualKeysAndSaysScrollInTheDetail() throws {
        var s = Seed.state(80, 24)
        try press(&s, "?")
        #expect(!frame(s).contains("! over de deadline"))
        try press(&s, "G")
        #expect(frame(s).contains("! over de deadline"), "G goes to the end of the help")
        try press(&s, "g")
        #expect(frame(s).contains("Panelen"))
        try press(&s, "pgdn")
        #expect(!frame(s).contains("│ Panelen"))
        var d = Seed.state(200, 60)
        try press(&d, "?")
        #expect(frame(d).contains("omlaag scrollen"), "the detail's arrows scroll")
        #expect(frame(d).contains("volgende regel"), "the panes' arrows move")
    }
}
