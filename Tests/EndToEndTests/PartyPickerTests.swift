import Foundation
import Testing

/// The party picker with two parties at once (issue 5 "`p` party picker (several parties
/// at once, with counts)"): counts shown, only their follow-ups remain, the status line
/// names both, Esc clears the filter.
@Suite(.enabled(if: E2E.available && E2E.seed != nil, E2E.seedUnavailableReason))
struct PartyPickerTests {
    static let height = 60

    @Test("two parties picked: counts, only their follow-ups, both named, Esc clears")
    func twoParties() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession.dashboard(scratch, files: [try #require(E2E.seed)], height: Self.height)
        let before = try pane.waitFor("the open counts") { SeedFlowTests.openTotal($0) != nil }
        let openBefore = try #require(SeedFlowTests.openTotal(before))
        try pane.keys("p")
        try pane.literal("korpschef")
        // The picker row: a box, the name and its number of follow-ups.
        try pane.waitFor("korpschef with its count") { $0.contains(try #/\[ \] korpschef +1 /#) }
        try pane.keys("Space")
        for _ in 0..<"korpschef".count { try pane.keys("BSpace") }
        try pane.literal("politie")
        try pane.waitFor("politie with its count") { $0.contains(try #/\[ \] politie +1 /#) }
        try pane.keys("Space", "Enter")
        let filtered = try pane.waitFor("two open follow-ups left") { SeedFlowTests.openTotal($0) == 2 }
        #expect(SeedFlowTests.paneCounts(filtered)["Governance"] == 2)
        let rows = filtered.split(separator: "\n").filter { $0.contains("[ ]") || $0.contains("[x]") }
        #expect(rows.count == 2 && rows.allSatisfy { $0.contains("korpschef") || $0.contains("politie") },
                "only their follow-ups: \(rows)")
        #expect(TmuxSession.statusLine(filtered, height: Self.height).contains("Partij: korpschef, politie"))
        try pane.keys("Escape")
        // Waits for the whole frame (a capture can land in the middle of ncurses' output):
        // all follow-ups back and the filter gone from the status line.
        let cleared = try pane.waitFor("all follow-ups back, filter cleared") {
            SeedFlowTests.openTotal($0) == openBefore
                && !TmuxSession.statusLine($0, height: Self.height).contains("Partij:")
        }
        #expect(SeedFlowTests.openTotal(cleared) == openBefore)
        try pane.quit()
    }
}
