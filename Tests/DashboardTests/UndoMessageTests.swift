import Dashboard
import Testing

/// What the dashboard says after `u` and after a change in the demo (which is never stored).
@Suite struct UndoMessageTests {
    @Test func undoNamesAndSelectsTheFollowUpItTookBack() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "u") == [.undo])
        // The store took back a change to the korpschef's follow-up, in another pane.
        _ = update(&s, .saved(followUpKey: "f-korpschef", status: "open"))
        _ = update(&s, .undone(followUpKeys: ["f-korpschef"]))
        #expect(frame(s).contains("Ongedaan gemaakt: f-ko Openstaand"))
        #expect(s.selectedFollowUpKey == "f-korpschef")
        #expect(frame(s).contains("4 Governance"))
    }

    @Test func nothingToUndoIsSaidInTheInterfaceLanguage() {
        var nl = Seed.state(80, 24)
        _ = update(&nl, .nothingToUndo)
        #expect(frame(nl).contains("Niets om ongedaan te maken"))
        var en = Seed.state(80, 24, lang: .en)
        _ = update(&en, .nothingToUndo)
        #expect(frame(en).contains("Nothing to undo"))
    }

    @Test func aChangeInTheDemoSaysItIsNotStored() throws {
        var s = Seed.state(80, 24, data: Seed.data(demo: true))
        try press(&s, "j space")
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "done"))
        #expect(frame(s).contains("Demo, niet bewaard: Afgerond"))
    }
}
