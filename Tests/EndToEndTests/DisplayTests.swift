import Foundation
import Testing

/// What the dashboard shows on a real terminal: redraw on resize, diacritics under
/// LANG=C, colours and NO_COLOR, mouse, and plain text when stdout is a pipe
/// (issue 2 point 7, issue 5 "Layout", "Colours", "Mouse").
@Suite(.enabled(if: E2E.available, E2E.unavailableReason))
struct DisplayTests {
    /// Minutes written for this test: an agenda title and a follow-up with ë and ï.
    static let dutchMinutes = """
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 12 maart 2018

        Coördinatie ondermijning: De regioburgemeesters zullen eind april de reëvaluatie van het geïnventariseerde instrumentarium aanleveren.

        """

    /// The last row that is not blank on a captured screen (0-based), or -1.
    static func lastDrawnRow(_ screen: String) -> Int {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? -1
    }

    @Test("a resize redraws the whole screen at the new size, down to tiny and back",
          arguments: ["", "LINES=24 COLUMNS=80"])
    func resize(assignments: String) throws {
        let scratch = try Scratch()
        let pane = try TmuxSession(width: 80, height: 24)
        // Exported LINES/COLUMNS must not pin the size (NOTES-swift-ncurses.md).
        try pane.launch("--db \(E2E.shellQuote(scratch.store))", assignments: assignments)
        try pane.waitForDashboard()
        try pane.waitFor("the bottom row drawn at 80x24") { Self.lastDrawnRow($0) == 23 }
        for (width, height) in [(120, 40), (60, 20), (20, 6), (100, 30)] {
            try pane.resize(width: width, height: height)
            try pane.waitFor("the bottom row drawn at \(width)x\(height)") { Self.lastDrawnRow($0) == height - 1 }
        }
        try pane.waitFor(text: TmuxSession.dashboardMarker)
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("Dutch diacritics are shown under LANG=C")
    func diacriticsUnderCLocale() throws {
        let scratch = try Scratch()
        let minutes = try scratch.write("lovp-2018-03-12.txt", Self.dutchMinutes)
        let pane = try TmuxSession(width: 200, height: 50, environment: ["LANG": "C"])
        try pane.launch("--db \(E2E.shellQuote(scratch.store)) \(E2E.shellQuote(minutes))")
        try pane.waitForDashboard()
        let screen = try pane.waitFor(text: "Coördinatie")
        #expect(!screen.contains("Co?rdinatie") && !screen.contains("Cordinatie"))
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
    }

    @Test("with stdout a pipe: plain text, no escape bytes, exit 0")
    func pipe() throws {
        let scratch = try Scratch()
        let output = scratch.path("out.txt")
        let pane = try TmuxSession()
        try pane.type("\(E2E.quotedBinary) --db \(E2E.shellQuote(scratch.store)) | cat > \(E2E.shellQuote(output)); echo \"overleg-exit=${PIPESTATUS[0]}\"")
        #expect(try pane.waitForExitStatus() == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(!data.isEmpty, "the plain list is printed")
        #expect(!data.contains(0x1B), "no escape bytes in the plain output")
        let controls = data.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 }
        #expect(controls.isEmpty, "no control bytes but newline and tab")
        #expect(try pane.format("#{alternate_on}") == "0")
    }

    /// SGR parameters that set a colour (30–38, 40–48, 90–107; 39 and 49, back to the
    /// default colours, do not count).
    static func colourParameters(in screen: String) -> [Int] {
        var found: [Int] = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            guard rest.dropFirst(body.count).first == "m" else { continue }
            let numbers = body.split(separator: ";").compactMap { Int($0) }
            found += numbers.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
        }
        return found
    }

    @Test("colours by default, none with NO_COLOR, selection still shown in reverse video")
    func noColor() throws {
        let scratch = try Scratch()
        let coloured = try TmuxSession()
        try coloured.launch("--db \(E2E.shellQuote(scratch.store))")
        try coloured.waitForDashboard()
        let withColour = try coloured.waitFor("colours on screen", escapes: true) {
            !Self.colourParameters(in: $0).isEmpty
        }
        #expect(withColour.contains("\u{1B}[7m") || withColour.contains(";7m") || withColour.contains("[7;"))
        try coloured.keys("q")

        let plain = try TmuxSession(environment: ["NO_COLOR": "1"])
        try plain.launch("--db \(E2E.shellQuote(scratch.store))")
        try plain.waitForDashboard()
        let mono = try plain.screen(escapes: true)
        #expect(Self.colourParameters(in: mono).isEmpty, "NO_COLOR: no colour codes")
        #expect(mono.contains("\u{1B}[7m") || mono.contains(";7m") || mono.contains("[7;"),
                "the selection is reverse video without colour")
        try plain.keys("q")
        #expect(try plain.waitForExitStatus() == 0)
    }

    /// A mouse report as the terminal type sends it: X10 (`\E[M`, tmux-256color's kmous:
    /// button, 1-based column and row, each plus 32) or SGR 1006 (`\E[<b;x;yM`, xterm's).
    static func mouseReport(term: String, button: Int, x: Int, y: Int, release: Bool = false) -> String {
        if term.hasPrefix("xterm") { return "\u{1B}[<\(button);\(x + 1);\(y + 1)\(release ? "m" : "M")" }
        let code = release ? 3 : button
        let bytes = [code + 32, x + 33, y + 33].compactMap(Unicode.Scalar.init).map(Character.init)
        return "\u{1B}[M" + String(bytes)
    }

    /// The cell of the last follow-up box (`[ ]` or `[x]`) on the screen, else (2, 3).
    static func lastBox(_ screen: String) -> (x: Int, y: Int) {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (y, row) in rows.enumerated().reversed() {
            for box in ["[ ]", "[x]"] {
                if let range = row.range(of: box) { return (row.distance(from: row.startIndex, to: range.lowerBound), y) }
            }
        }
        return (2, 3)
    }

    @Test("mouse reporting is on while the dashboard runs and a click on a row changes the frame",
          arguments: ["tmux-256color", "xterm-256color"])
    func mouseClick(term: String) throws {
        let scratch = try Scratch()
        let pane = try TmuxSession(width: 100, height: 30)
        try pane.launch("--db \(E2E.shellQuote(scratch.store))", assignments: "TERM=\(term)")
        let screen = try pane.waitForDashboard()
        #expect(try pane.format("#{mouse_any_flag}") == "1", "mouse reporting requested")
        let before = try pane.screen(escapes: true)
        let target = Self.lastBox(screen)
        try pane.literal(Self.mouseReport(term: term, button: 0, x: target.x, y: target.y)
                         + Self.mouseReport(term: term, button: 0, x: target.x, y: target.y, release: true))
        try pane.waitFor("the frame to change after a click at \(target)", escapes: true) { $0 != before }
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
        try pane.expectRestored()
    }
}
