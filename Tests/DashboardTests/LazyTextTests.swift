import Dashboard
import Testing

/// Item texts loaded on demand (issue 4 "Speed": text loaded on demand): the detail asks
/// for the text of the item it shows, once, and shows it when `.itemTextLoaded` comes back.
@Suite struct LazyTextTests {
    /// The seed fixture without any item text, as `DashboardSource.load` now builds it.
    static func withoutTexts(_ w: Int, _ h: Int) -> DashboardState {
        var d = Seed.data()
        d.itemText = [:]
        return Seed.state(w, h, data: d)
    }

    @Test func narrowTabsAskOnlyWhenTheDetailOpens() throws {
        var s = Self.withoutTexts(80, 24)
        #expect(try press(&s, "j").isEmpty, "no detail on screen: nothing to load")
        #expect(try press(&s, "enter") == [.loadItemText(itemKey: "info")])
        #expect(!frame(s).contains("pressure cooker bijeenkomst waar medewerkers van gemeenten en van V&J op"))
        _ = update(&s, .itemTextLoaded(itemKey: "info", text: Seed.informatiedeling))
        #expect(frame(s).contains("Hier zal ook besproken worden"), "the rest of the item's text is shown")
        // Asked once: back and in again asks nothing.
        #expect(try press(&s, "esc enter").isEmpty)
    }

    @Test func theGridAsksForTheSelectedItemOnEveryEventThatNeedsIt() throws {
        var s = Self.withoutTexts(160, 48)
        // The first event (the wiring sends the size first) asks for the first row's item.
        let first = update(&s, .resize(width: 160, height: 48))
        #expect(first.count == 1)
        guard case .loadItemText(let key)? = first.first else { Issue.record("no load asked"); return }
        #expect(try press(&s, "j").allSatisfy { if case .loadItemText(let k) = $0 { k != key } else { false } })
        _ = update(&s, .itemTextLoaded(itemKey: key, text: "Eerste tekst."))
        try press(&s, "k")
        #expect(frame(s).contains("Eerste tekst."))
    }

    @Test func reloadKeepsLoadedTexts() throws {
        var s = Self.withoutTexts(80, 24)
        try press(&s, "j enter")
        _ = update(&s, .itemTextLoaded(itemKey: "info", text: "Geladen tekst van het punt."))
        var fresh = Seed.data()
        fresh.itemText = [:]
        s.reload(fresh)
        #expect(frame(s).contains("Geladen tekst van het punt."))
    }
}
