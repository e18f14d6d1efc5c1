import Foundation
import Testing

/// `u` takes back the last change in the store, also after a restart (issue 4 "Undo").
@Suite(.enabled(if: E2E.available && E2E.seed != nil, E2E.seedUnavailableReason))
struct UndoTests {
    @Test("a status change, u, then a restart: the undo held")
    func undoHoldsAfterRestart() throws {
        let scratch = try Scratch()
        let first = try TmuxSession.dashboard(scratch, files: [try #require(E2E.seed)])
        let before = try first.waitFor("the open counts") { SeedFlowTests.openTotal($0) != nil }
        let openBefore = try #require(SeedFlowTests.openTotal(before))
        try first.keys("Down", "Space")
        try first.waitFor("one follow-up done") {
            SeedFlowTests.openTotal($0) == openBefore - 1 && SeedFlowTests.boxes($0).done >= 1
        }
        try first.keys("u")
        try first.waitFor("the undo shown: all open again") {
            SeedFlowTests.openTotal($0) == openBefore && SeedFlowTests.boxes($0).done == 0
                && $0.contains("Ongedaan gemaakt: ") && $0.contains("Openstaand")
        }
        try first.quit()

        let second = try TmuxSession.dashboard(scratch)
        let reopened = try second.waitFor("the open counts after a restart") { SeedFlowTests.openTotal($0) != nil }
        #expect(SeedFlowTests.openTotal(reopened) == openBefore, "the undo held after a restart")
        #expect(SeedFlowTests.boxes(reopened).done == 0)
        try second.quit()
    }

    @Test("a note typed with e is saved, shown in the detail, and kept after a restart")
    func noteSurvivesRestart() throws {
        let scratch = try Scratch()
        let first = try TmuxSession.dashboard(scratch, files: [try #require(E2E.seed)])
        try first.keys("Down", "e")
        try first.waitFor(text: "Notitie: ▏")
        try first.literal("bel Anouk")
        try first.keys("Enter")
        try first.waitFor("the note saved and in the detail") {
            $0.contains("Notitie opgeslagen") && $0.contains(try #/Notitie +bel Anouk/#)
        }
        try first.quit()
        let second = try TmuxSession.dashboard(scratch)
        try second.keys("Down")
        try second.waitFor("the note after a restart, and its row marked") {
            $0.contains(try #/Notitie +bel Anouk/#) && $0.contains("✎ — ")
        }
        try second.quit()
    }
}
