import Dashboard
import Testing

/// Note editing on the selected follow-up (issue 4 "note editing"): `e` opens an input
/// line in the status area, Enter asks the store, the detail shows the note once saved.
@Suite struct NoteTests {
    @Test func typeANoteSaveItAndSeeItInTheDetail() throws {
        var s = Seed.state(160, 48)
        try press(&s, "j e")
        #expect(s.mode == .note)
        // Letters bound elsewhere (q, ?, j) are text here.
        try press(&s, "B e l t space q ? j")
        #expect(render(s).lines[46].contains("Notitie: Belt q?j"))
        #expect(try press(&s, "backspace backspace backspace backspace enter")
                == [.setNote(followUpKey: "f-cooker", note: "Belt")])
        #expect(s.mode == .browse)
        #expect(try #require(line(s, containing: "Notitie")).contains("—"), "not shown before it is saved")
        _ = update(&s, .noteSaved(followUpKey: "f-cooker", note: "Belt"))
        #expect(try #require(line(s, containing: "Notitie ")).contains("Belt"))
        #expect(frame(s).contains("Notitie opgeslagen"))
        #expect(try #require(line(s, containing: "[ ] gemeenten")).contains("✎ — Er komt"), "the row marks the note")
        _ = update(&s, .noteSaved(followUpKey: "f-cooker", note: ""))
        #expect(try #require(line(s, containing: "[ ] gemeenten")).contains("✎") == false, "an empty note removes it")
    }

    @Test func escCancelsAndEditingStartsFromTheStoredNote() throws {
        var s = Seed.state(160, 48)
        try press(&s, "j")
        _ = update(&s, .noteSaved(followUpKey: "f-cooker", note: "oud"))
        #expect(try press(&s, "e x esc").isEmpty)
        #expect(s.mode == .browse)
        #expect(try press(&s, "e backspace backspace enter") == [.setNote(followUpKey: "f-cooker", note: "o")])
    }

    @Test func anItemRowHasNoNote() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "e").isEmpty)
        #expect(s.mode == .browse)
        #expect(frame(s).contains("Kies een vervolgactie voor een notitie"))
    }

    @Test func theKeyIsInTheHelpAndTheDetailHintBar() throws {
        var s = Seed.state(80, 24)
        try press(&s, "j enter")
        #expect(render(s).lines[23].contains("e notitie"))
        try press(&s, "?")
        #expect(frame(s).contains("notitie bij de vervolgactie bewerken"))
    }
}
