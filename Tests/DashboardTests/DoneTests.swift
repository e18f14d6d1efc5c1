import Dashboard
import Testing

@Suite struct DoneTests {
    @Test func spaceAsksToSaveAndShowsDoneOnlyAfterSaved() throws {
        var s = Seed.state(80, 24)
        let effects = try press(&s, "j space")
        #expect(effects == [.setStatus(followUpKey: "f-cooker", status: "done")])
        #expect(try #require(line(s, containing: "gemeenten, minister")).contains("[ ]…gemeenten"))
        #expect(frame(s).contains("opslaan…"))
        #expect(s.openCounts[0] == 4)
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "done"))
        #expect(try #require(line(s, containing: "gemeenten, minister")).contains("[x] gemeenten"))
        #expect(s.openCounts[0] == 3)
        #expect(frame(s).contains("1 Ondermijning (3)"))
        #expect(frame(s).contains("Opgeslagen: Afgerond"))
        // Space again asks to reopen.
        #expect(try press(&s, "space") == [.setStatus(followUpKey: "f-cooker", status: "open")])
    }

    @Test func saveFailedShowsTheErrorAndKeepsTheStatus() throws {
        var s = Seed.state(80, 24)
        try press(&s, "j space")
        _ = update(&s, .saveFailed(message: "database is locked"))
        let c = render(s)
        let status = c.lines[c.height - 2]
        #expect(status.contains("Niet opgeslagen: database is locked"))
        let x = try #require(status.range(of: "Niet")).lowerBound.utf16Offset(in: status)
        #expect(c[x, c.height - 2].role == .error)
        #expect(try #require(line(s, containing: "gemeenten, minister")).contains("[ ] gemeenten"))
        #expect(s.pending.isEmpty)
    }

    @Test func spaceOnAnItemRowSaysWhatToDo() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "space").isEmpty)
        #expect(frame(s).contains("Kies een vervolgactie om af te vinken"))
    }

    @Test func undoIsAnEffect() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "u") == [.undo])
    }

    @Test func savedForUnknownKeyChangesNothing() {
        var s = Seed.state(80, 24)
        let before = frame(s)
        _ = update(&s, .saved(followUpKey: "nope", status: "done"))
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "bogus"))
        #expect(frame(s) == before)
    }
}

@Suite struct StatusCycleTests {
    @Test func shiftSCyclesTheStatusThroughTheStore() throws {
        var s = Seed.state(80, 24)
        #expect(try press(&s, "j S") == [.setStatus(followUpKey: "f-cooker", status: "partly")])
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "partly"))
        #expect(try #require(line(s, containing: "gemeenten, minister")).contains("[~] gemeenten"))
        #expect(try press(&s, "S") == [.setStatus(followUpKey: "f-cooker", status: "done")])
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "done"))
        #expect(try press(&s, "S") == [.setStatus(followUpKey: "f-cooker", status: "lapsed")])
        _ = update(&s, .saved(followUpKey: "f-cooker", status: "lapsed"))
        #expect(try #require(line(s, containing: "gemeenten, minister")).contains("[-] gemeenten"))
        #expect(s.openCounts[0] == 3)
    }
}
