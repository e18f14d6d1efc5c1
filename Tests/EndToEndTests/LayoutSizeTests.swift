import Foundation
import Testing

/// The layout follows the terminal (issue 5 "Layout"): the grid with the detail when wide,
/// tabs when narrow, and below the minimum a message with the current and the needed size.
/// On the built-in demo (a new store), so it runs without the handed corpus.
@Suite(.enabled(if: E2E.available, E2E.unavailableReason))
struct LayoutSizeTests {
    static let titles = ["Ondermijning", "Screening/VOG", "COA-incidenten", "Governance", "Overig"]

    /// Rows that start a box whose title names pane `n` (`┌ 1 Ondermijning (3) ─…`).
    static func paneBoxes(_ screen: String) -> Int {
        screen.split(separator: "\n").reduce(0) { total, row in
            total + (1...5).reduce(0) { $0 + row.components(separatedBy: "┌ \($1) ").count - 1 }
        }
    }

    @Test("200×60: the five panes in a grid with the detail in the sixth cell")
    func wideGrid() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession.dashboard(scratch, width: 200, height: 60)
        let screen = try pane.waitFor("five pane boxes and the detail box") {
            Self.paneBoxes($0) == 5 && $0.contains("┌ Details")
        }
        #expect(Self.titles.allSatisfy(screen.contains))
        #expect(screen.contains("DEMO"), "the demo is marked on screen")
        let rows = screen.split(separator: "\n")
        #expect(rows.filter { $0.contains("┌ ") }.count == 2, "two rows of boxes")
        try pane.quit()
    }

    @Test("80×24: a tab row naming all five panes and one pane below it")
    func narrowTabs() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession.dashboard(scratch, width: 80, height: 24)
        let screen = try pane.waitFor("one pane box under a tab row") { Self.paneBoxes($0) == 1 }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let tabRow = String(rows[1])
        #expect((1...5).allSatisfy { tabRow.contains("\($0) ") }, "the tab row names the five panes: \(tabRow)")
        #expect(tabRow.contains("Ondermijning"), "the focused tab has its whole name")
        #expect(!screen.contains("┌ Details"), "no detail beside the pane at 80 columns")
        // Tab moves to the next pane: the box below now is pane 2.
        try pane.keys("Tab")
        try pane.waitFor("pane 2 below the tabs") { $0.contains("┌ 2 Screening/VOG") }
        try pane.quit()
    }

    @Test("40×10: the too-small message gives the current and the needed size, and q still quits")
    func tooSmall() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession(width: 40, height: 10)
        try pane.launch("--db \(E2E.shellQuote(scratch.store))")
        let screen = try pane.waitFor(text: "40×10 — min. 60×16")
        #expect(!screen.contains("┌"), "no boxes drawn below the minimum")
        #expect(try pane.format("#{alternate_on}") == "1")
        try pane.quit()
        try pane.expectRestored()
    }
}
