import Testing
@testable import Terminal

/// Colour mode, exit statuses and the TERM checks (issue 5 "Colours", "Terminal lifecycle").
@Suite struct OptionsAndErrorsTests {
    @Test("NO_COLOR (non-empty) and --no-color turn colours off; otherwise the request stands")
    func effectiveColorMode() {
        #expect(ColorMode.effective(requested: .auto, environment: ["NO_COLOR": "1"]) == ColorMode.none)
        #expect(ColorMode.effective(requested: .colors256, environment: ["NO_COLOR": ""]) == .colors256)
        #expect(ColorMode.effective(requested: .colors8, environment: [:]) == .colors8)
        #expect(ColorMode.effective(requested: .auto, noColorFlag: true, environment: [:]) == ColorMode.none)
    }

    @Test("--color values")
    func colorArgument() {
        #expect(ColorMode(argument: "256") == .colors256)
        #expect(ColorMode(argument: "8") == .colors8)
        #expect(ColorMode(argument: "NONE") == ColorMode.none)
        #expect(ColorMode(argument: "auto") == .auto)
        #expect(ColorMode(argument: "16") == nil)
    }

    @Test("exit status: 0 after quit, 128 + signal, 129 when the terminal is lost")
    func exitStatus() {
        #expect(ExitReason.quit.exitStatus == 0)
        #expect(ExitReason.signal(15).exitStatus == 143)
        #expect(ExitReason.signal(1).exitStatus == 129)
        #expect(ExitReason.terminalLost.exitStatus == 129)
    }

    @Test("TERM unset, empty or dumb is refused before ncurses sees it, in one line naming TERM")
    func termChecks() throws {
        #expect(throws: TerminalError.termUnset) { try TerminalError.checkTerm(nil) }
        #expect(throws: TerminalError.termUnset) { try TerminalError.checkTerm("") }
        #expect(throws: TerminalError.termCannotAddressCursor("dumb")) { try TerminalError.checkTerm("dumb") }
        #expect(try TerminalError.checkTerm("xterm-256color") == "xterm-256color")
        for error in [TerminalError.termUnset, .termCannotAddressCursor("dumb"), .termUnknown("vt999"), .notATerminal] {
            #expect(!error.description.contains("\n"))
            #expect(error.description.contains("TERM") || error == .notATerminal)
        }
    }

    @Test("opening with TERM unset or dumb throws and leaves the terminal alone")
    func openRefused() {
        #expect(throws: TerminalError.termUnset) { _ = try TerminalScreen(environment: [:]) }
        #expect(throws: TerminalError.termCannotAddressCursor("dumb")) { _ = try TerminalScreen(environment: ["TERM": "dumb"]) }
    }
}
