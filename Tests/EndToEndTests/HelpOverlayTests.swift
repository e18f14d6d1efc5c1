import Foundation
import Testing

/// The help overlay (`?`) lists the keys of the keymap table and closes with Esc
/// (issue 5 "Keys and help from one keymap table").
@Suite(.enabled(if: E2E.available, E2E.unavailableReason))
struct HelpOverlayTests {
    @Test("? shows the keys from the keymap with their descriptions; Esc closes it")
    func helpOpensAndCloses() throws {
        let scratch = try Scratch()
        let pane = try TmuxSession.dashboard(scratch, width: 200, height: 60)
        let before = try pane.waitFor("the hint bar naming ? help") { $0.contains("? help") }
        #expect(!before.contains("Help — overleg"))
        try pane.keys("?")
        // One line per binding of the browse table: key names and descriptions. Waits for the
        // last of them: a capture can land while the overlay is being drawn.
        let entries = ["zoeken terwijl je typt", "filteren op partij", "notitie bij de vervolgactie bewerken",
                       "laatste wijziging ongedaan maken", "Partijkiezer", "Zoeken"]
        let help = try pane.waitFor("the whole help overlay") { s in
            s.contains("Help — overleg") && s.contains("Esc sluiten") && entries.allSatisfy { s.contains($0) }
        }
        for entry in entries {
            #expect(help.contains(entry), "the help lists \(entry)")
        }
        #expect(help.contains("q Ctrl-C"), "quit lists both keys")
        // Its own hint bar while open.
        #expect(help.contains("Esc sluiten"), "the hint bar says how to close it")
        try pane.keys("Escape")
        let closed = try pane.waitFor("the help closed") { !$0.contains("Help — overleg") && $0.contains("? help") }
        #expect(closed.contains("┌ Details"), "back to the grid")
        try pane.quit()
    }
}
