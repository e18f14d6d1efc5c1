import Foundation
import Testing

/// The dashboard on the handed seed (LOVP 10 April 2017) with a temporary store, as a user
/// drives it (issue 2 "Done when": five panes, done survives a restart, the korpschef
/// filter). Skipped when ../shared/corpus is absent.
@Suite(.enabled(if: E2E.available && E2E.seed != nil, E2E.seedUnavailableReason))
struct SeedFlowTests {
    static let paneTitles = ["Ondermijning", "Screening/VOG", "COA-incidenten", "Governance", "Overig"]

    /// How often `needle` occurs in `screen`.
    static func count(_ needle: String, in screen: String) -> Int {
        screen.components(separatedBy: needle).count - 1
    }

    /// Follow-up boxes on screen: (open `[ ]`, done `[x]`).
    static func boxes(_ screen: String) -> (open: Int, done: Int) {
        (count("[ ]", in: screen), count("[x]", in: screen))
    }

    /// A wide pane running `overleg --db STORE [files]`, the dashboard drawn.
    static func open(_ scratch: Scratch, files: [String]) throws -> TmuxSession {
        let pane = try TmuxSession(width: 200, height: 60)
        let arguments = (["--db", scratch.store] + files).map(E2E.shellQuote).joined(separator: " ")
        try pane.launch(arguments)
        try pane.waitForDashboard()
        return pane
    }

    @Test("overleg --db TMP SEED shows the five topic panes with follow-ups")
    func fivePanes() throws {
        let scratch = try Scratch()
        let pane = try Self.open(scratch, files: [try #require(E2E.seed)])
        let screen = try pane.waitFor("all five pane titles") { screen in
            Self.paneTitles.allSatisfy(screen.contains)
        }
        #expect(Self.boxes(screen).open >= 5, "the seed's open follow-ups are listed")
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("a follow-up marked done stays done after quitting and reopening")
    func doneSurvivesRestart() throws {
        let scratch = try Scratch()
        let first = try Self.open(scratch, files: [try #require(E2E.seed)])
        let before = try first.waitFor("open follow-ups") { Self.boxes($0).open > 0 }
        #expect(Self.boxes(before).done == 0, "nothing done in a new store")
        try first.keys("Space")
        let marked = try first.waitFor("one follow-up marked done") { Self.boxes($0).done == 1 }
        #expect(Self.boxes(marked).open == Self.boxes(before).open - 1)
        try first.keys("q")
        #expect(try first.waitForExitStatus() == 0)

        let second = try Self.open(scratch, files: [])
        let reopened = try second.waitFor("the done follow-up after a restart") { Self.boxes($0).done == 1 }
        #expect(Self.boxes(reopened).open == Self.boxes(marked).open)
        try second.keys("q")
        #expect(try second.waitForExitStatus() == 0)
    }

    @Test("the party filter korpschef leaves only the korpschef's follow-up")
    func korpschefFilter() throws {
        let scratch = try Scratch()
        let pane = try Self.open(scratch, files: [try #require(E2E.seed)])
        try pane.waitFor("several open follow-ups") { Self.boxes($0).open > 1 }
        try pane.keys("p")
        try pane.literal("korpschef")
        try pane.keys("Space")
        try pane.keys("Enter")
        let filtered = try pane.waitFor("one follow-up left") { screen in
            let boxes = Self.boxes(screen)
            return boxes.open + boxes.done == 1
        }
        #expect(filtered.contains("korpschef"), "the active filter is shown")
        let row = filtered.split(separator: "\n").first { $0.contains("[ ]") } ?? ""
        #expect(row.contains("korpschef") || filtered.contains("zomer"), "the row is the korpschef's: \(row)")
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
    }
}
