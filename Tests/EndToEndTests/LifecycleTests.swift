import Foundation
import Testing

/// The terminal is always given back (issue 2 point 7, issue 5 "Terminal lifecycle"):
/// after q, Ctrl-C, signals and crashes the pane is on the main screen with the cursor
/// shown, mouse and keypad modes off and the shell reading lines again.
@Suite(.enabled(if: E2E.available, E2E.unavailableReason))
struct LifecycleTests {
    @Test("q quits with status 0 and restores the terminal")
    func quitKey() throws {
        let (scratch, pane) = try Self.dashboardOnEmptyStore()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try pane.format("#{cursor_flag}") == "0", "cursor hidden while the dashboard runs")
        try pane.keys("q")
        #expect(try pane.waitForExitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("Ctrl-C quits and restores the terminal")
    func controlC() throws {
        let (scratch, pane) = try Self.dashboardOnEmptyStore()
        defer { withExtendedLifetime(scratch) {} }
        try pane.keys("C-c")
        let status = try pane.waitForExitStatus()
        #expect(status == 0 || status == 130, "Ctrl-C ends normally (0) or as SIGINT (130), got \(status)")
        try pane.expectRestored()
    }

    /// Quit signals end the loop (exit 128 + n); crash signals restore the terminal first,
    /// then the process dies of the signal (the shell reports 128 + n as well).
    @Test("a quit or crash signal ends the dashboard with 128 + its number and restores the terminal",
          arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGQUIT, "QUIT"), (SIGINT, "INT"),
                      (SIGSEGV, "SEGV"), (SIGABRT, "ABRT")])
    func quitSignal(signal: Int32, name: String) throws {
        let (scratch, pane) = try Self.dashboardOnEmptyStore()
        defer { withExtendedLifetime(scratch) {} }
        let pid = try pane.appPID()
        #expect(kill(pid, signal) == 0)
        #expect(try pane.waitForExitStatus() == 128 + Int(signal), "exit status after SIG\(name)")
        try pane.expectRestored()
    }

    @Test("Ctrl-Z suspends to the shell and fg brings the dashboard back, redrawn")
    func suspendAndResume() throws {
        let (scratch, pane) = try Self.dashboardOnEmptyStore()
        defer { withExtendedLifetime(scratch) {} }
        try pane.keys("C-z")
        // The shell reports the job stopped by SIGTSTP (128 + 20) and runs the echo.
        #expect(try pane.waitForExitStatus() == 128 + Int(SIGTSTP))
        try pane.waitFor(text: "Stopped")
        let suspended = try pane.format("#{alternate_on} #{cursor_flag}")
        #expect(suspended == "0 1", "main screen and cursor while suspended")
        #expect(!(try pane.screen()).contains(TmuxSession.dashboardMarker))
        try pane.type("fg; echo \"after-fg=$?\"")
        try pane.waitForDashboard(exitMarker: "after-fg=")
        #expect(try pane.format("#{cursor_flag}") == "0")
        try pane.keys("q")
        #expect(try pane.waitForExitStatus(marker: "after-fg=") == 0)
        try pane.expectRestored()
    }

    @Test("the process ends when its terminal goes away")
    func terminalGone() throws {
        let (scratch, pane) = try Self.dashboardOnEmptyStore()
        defer { withExtendedLifetime(scratch) {} }
        let pid = try pane.appPID()
        try pane.command(["kill-pane"])
        let end = Date().addingTimeInterval(pane.deadline)
        while TmuxSession.isRunning(pid), Date() < end { usleep(10_000) }
        #expect(!TmuxSession.isRunning(pid), "overleg still running after its pane was killed")
        if TmuxSession.isRunning(pid) { kill(pid, SIGKILL) }
    }

    @Test("TERM unset, dumb or unknown: one clear line and exit 1", arguments: [
        ("env -u TERM", "TERM is not set"),
        ("TERM=dumb", "TERM=dumb"),
        ("TERM=no-such-terminal-xyz", "TERM=no-such-terminal-xyz"),
    ])
    func unusableTerm(assignment: String, message: String) throws {
        let scratch = try Scratch()
        let pane = try TmuxSession()
        try pane.launch("--db \(E2E.shellQuote(scratch.store))", assignments: assignment)
        #expect(try pane.waitForExitStatus() == 1)
        let screen = try pane.screen()
        #expect(screen.contains(message), "the error names the cause")
        #expect(!screen.contains(TmuxSession.dashboardMarker), "no dashboard drawn")
        try pane.expectRestored()
    }

    /// The dashboard running in a fresh pane on an empty store (the demo), drawn.
    static func dashboardOnEmptyStore() throws -> (Scratch, TmuxSession) {
        let scratch = try Scratch()
        let pane = try TmuxSession()
        try pane.launch("--db \(E2E.shellQuote(scratch.store))")
        try pane.waitForDashboard()
        return (scratch, pane)
    }
}
