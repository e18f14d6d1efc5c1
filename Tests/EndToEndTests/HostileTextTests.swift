import Foundation
import Testing

/// Text from minutes is shown, never obeyed, and never shifts the columns (issue 5 "Text
/// width", "Text is shown, never obeyed"): a file with emoji, a ZWJ family, CJK, a
/// combining accent, and escape sequences that would set the terminal title and colours.
@Suite(.enabled(if: E2E.available, E2E.unavailableReason))
struct HostileTextTests {
    static let header = "## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 12 maart 2018\n\n"
    /// Wide and zero-width text: emoji, a ZWJ family, CJK, a combining acute accent.
    static let wideText = "Ondermijning 🚓 en cafe\u{301}s: De regioburgemeesters zullen eind april de cijfers 👨‍👩‍👧 over 日本語 en ondermijning aanleveren.\n\n"
    /// Escape sequences: OSC 2 (terminal title), SGR colour, ED (erase display).
    static let escapes = "Informatiedeling\u{1B}]2;PWNED\u{07}: De politie zal voor de zomer de \u{1B}[31mrode\u{1B}[0m lijst over ondermijning aanleveren.\u{1B}[2J\n\n"

    /// Runs the dashboard on `text` and checks that the pane grid's right borders all
    /// stand in the last column and the terminal title is unchanged.
    func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let scratch = try Scratch()
        let file = try scratch.write("lovp-2018-03-12.txt", text)
        let pane = try TmuxSession(width: 160, height: 40)
        let titleBefore = try pane.format("#{pane_title}")
        try pane.launch("--db \(E2E.shellQuote(scratch.store)) \(E2E.shellQuote(file))")
        try pane.waitForDashboard(sourceLocation: sourceLocation)
        // The whole frame, to the hint bar at the bottom: a capture can fall between the
        // chunks of one redraw.
        let screen = try pane.waitFor("the follow-ups of the file", sourceLocation: sourceLocation) {
            ($0.contains("regioburgemeesters") || $0.contains("politie"))
                && !ScreenReading.gridBody($0).isEmpty && $0.contains("q stoppen")
        }
        #expect(try pane.format("#{pane_title}") == titleBefore, "the minutes changed the terminal title",
                sourceLocation: sourceLocation)
        let body = ScreenReading.gridBody(screen)
        #expect(!body.isEmpty, "a pane grid is drawn", sourceLocation: sourceLocation)
        let shifted = body.filter { !$0.hasSuffix("│") }
        #expect(shifted.isEmpty, "rows whose right border moved:\n\(shifted.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0, sourceLocation: sourceLocation)
        try pane.expectRestored(sourceLocation: sourceLocation)
    }

    @Test("emoji, a ZWJ family, CJK and a combining accent keep the borders in place")
    func wideText() throws {
        try check(Self.header + Self.wideText)
    }

    @Test("escape sequences in minutes never reach the terminal (issue 5)")
    func escapeSequences() throws {
        // The reader keeps a few stray control characters; the dashboard shows them as a
        // placeholder (SafeText), so the borders stay and the terminal is not steered.
        try check(Self.header + Self.wideText + Self.escapes)
    }
}
