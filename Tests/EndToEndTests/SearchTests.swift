import Foundation
import Testing

/// `/` searches as you type, n/N move between matches, the matches are highlighted, and the
/// search is shown in the status line until Esc clears it (issue 5 "Keys"). Without colour
/// (NO_COLOR) a highlight is underlined, which `capture-pane -e` shows as SGR 4.
@Suite(.enabled(if: E2E.available && E2E.seed != nil, E2E.seedUnavailableReason))
struct SearchTests {
    static let height = 60

    /// "k/n" of the status line, e.g. `1/4`, after `prefix`.
    static func position(_ screen: String, after prefix: String) -> (Int, Int)? {
        let status = TmuxSession.statusLine(screen, height: height)
        guard let r = status.range(of: prefix) else { return nil }
        let parts = status[r.upperBound...].prefix { $0.isNumber || $0 == "/" }.split(separator: "/")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        return (a, b)
    }

    @Test("search as you type with n/N, matches underlined, Esc clears")
    func searchAsYouType() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession.dashboard(scratch, files: [try #require(E2E.seed)], height: Self.height,
                                             environment: ["NO_COLOR": "1"])
        try pane.keys("/")
        try pane.literal("burg")
        // As you type: the status line shows the query and the match count before Enter.
        let typing = try pane.waitFor("the query and its matches") { Self.position($0, after: "/burg▏  ") != nil }
        let (first, total) = try #require(Self.position(typing, after: "/burg▏  "))
        #expect(first == 1 && total >= 2, "several rows match burg")
        try pane.literal("em")
        // A row whose underlined text is the match alone (once or more): the match is
        // marked, not the whole row.
        try pane.waitFor("burgem highlighted", escapes: true) { screen in
            ScreenReading.underlinedText(screen).contains {
                $0.lowercased().hasPrefix("burgem") && $0.lowercased().replacingOccurrences(of: "burgem", with: "").isEmpty
            }
        }
        try pane.keys("Enter")
        let kept = try pane.waitFor("the search kept in the status line") { Self.position($0, after: "\"burgem\" ") != nil }
        let (_, matches) = try #require(Self.position(kept, after: "\"burgem\" "))
        try pane.keys("n")
        try pane.waitFor("n: the second match") { Self.position($0, after: "\"burgem\" ").map { $0.0 } == 2 }
        try pane.keys("N")
        try pane.waitFor("N: back to the first") { Self.position($0, after: "\"burgem\" ").map { $0.0 } == 1 }
        try pane.keys("N")
        try pane.waitFor("N from the first wraps to the last") {
            Self.position($0, after: "\"burgem\" ").map { $0.0 } == matches
        }
        try pane.keys("Escape")
        try pane.waitFor("the search cleared") { !TmuxSession.statusLine($0, height: Self.height).contains("burgem") }
        try pane.quit()
    }
}
