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

    /// The open-follow-up count in each pane title on screen (`1 Ondermijning (3)` →
    /// "Ondermijning": 3; issue 2 point 6), by title.
    static func paneCounts(_ screen: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for title in paneTitles {
            guard let range = screen.range(of: title + " (") else { continue }
            let digits = screen[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { counts[title] = value }
        }
        return counts
    }

    /// The total of the pane titles' open counts, once all five titles are on screen.
    static func openTotal(_ screen: String) -> Int? {
        let counts = paneCounts(screen)
        return counts.count == paneTitles.count ? counts.values.reduce(0, +) : nil
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
        let before = try first.waitFor("the five panes with open counts") { Self.openTotal($0) != nil }
        let openBefore = try #require(Self.openTotal(before))
        #expect(Self.boxes(before).done == 0, "nothing done in a new store")
        // The selection starts on the first agenda item; its first follow-up is one down.
        try first.keys("Down")
        try first.keys("Space")
        // Both on one capture: a capture can fall between ncurses' row updates.
        try first.waitFor("one follow-up fewer open and a [x] box") {
            Self.openTotal($0) == openBefore - 1 && Self.boxes($0).done >= 1
        }
        try first.keys("q")
        #expect(try first.waitForExitStatus() == 0)

        let second = try Self.open(scratch, files: [])
        let reopened = try second.waitFor("the open counts and a [x] box after a restart") {
            Self.openTotal($0) != nil && Self.boxes($0).done >= 1
        }
        #expect(Self.openTotal(reopened) == openBefore - 1, "still done after a restart")
        try second.keys("q")
        #expect(try second.waitForExitStatus() == 0)
    }

    @Test("the party filter korpschef leaves only the korpschef's follow-up")
    func korpschefFilter() throws {
        let scratch = try Scratch()
        let pane = try Self.open(scratch, files: [try #require(E2E.seed)])
        try pane.waitFor("several open follow-ups") { (Self.openTotal($0) ?? 0) > 1 }
        try pane.keys("p")
        try pane.literal("korpschef")
        try pane.keys("Space")
        try pane.keys("Enter")
        let filtered = try pane.waitFor("one open follow-up left") { Self.openTotal($0) == 1 }
        #expect(Self.paneCounts(filtered)["Governance"] == 1, "the korpschef's follow-up is about governance")
        #expect(filtered.contains("korpschef"), "the active filter is shown")
        let rows = filtered.split(separator: "\n").filter { $0.contains("[ ]") || $0.contains("[x]") }
        #expect(rows.contains { $0.contains("korpschef") }, "the row left is the korpschef's")
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
    }

    @Test("the selection survives a resize round trip through a narrow terminal")
    func selectionSurvivesResize() throws {
        let scratch = try Scratch()
        let pane = try Self.open(scratch, files: [try #require(E2E.seed)])
        // The selected follow-up row, once it differs from `previous`.
        func selectedRow(after previous: String?) throws -> String {
            let screen = try pane.waitFor("another follow-up selected", escapes: true) { screen in
                ScreenReading.reverseText(screen).contains { $0.contains("[ ]") && $0 != previous }
            }
            return ScreenReading.reverseText(screen).first { $0.contains("[ ]") && $0 != previous } ?? ""
        }
        try pane.keys("Down")
        let first = try selectedRow(after: nil)
        try pane.keys("Down")
        let row = try selectedRow(after: first)
        try pane.resize(width: 70, height: 20)
        try pane.waitFor("the narrow layout") { ScreenReading.gridBody($0).allSatisfy { $0.count <= 70 } && $0.contains("Ondermijning") }
        try pane.resize(width: 200, height: 60)
        try pane.waitFor("the same row selected after the round trip", escapes: true) { screen in
            ScreenReading.reverseText(screen).contains(row)
        }
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
    }
}
