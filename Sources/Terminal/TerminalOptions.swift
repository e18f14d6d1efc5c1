import Foundation

/// How many colours the dashboard may use (issue 5 "Colours").
public enum ColorMode: String, Sendable, CaseIterable {
    /// 256 colours when the terminal has them, else 8, else none.
    case auto
    /// The 256-colour palette (falls back to 8 when the terminal has fewer).
    case colors256 = "256"
    /// The 8 ANSI colours.
    case colors8 = "8"
    /// Attributes only (bold, reverse, dim, underline): `NO_COLOR` and `--no-color`.
    case none

    /// Parses a command-line value: `auto`, `256`, `8` or `none`; nil for anything else.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The mode to use given the requested one and the environment: `NO_COLOR` set to a
    /// non-empty value means `.none` whatever was requested (https://no-color.org).
    public static func effective(requested: ColorMode, noColorFlag: Bool = false,
                                 environment: [String: String]) -> ColorMode {
        if noColorFlag { return .none }
        if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
        return requested
    }
}

/// How a terminal session is opened.
public struct TerminalOptions: Sendable {
    /// The colour mode; apply `ColorMode.effective` first to honour `NO_COLOR`.
    public var colorMode: ColorMode
    /// Report mouse clicks and the wheel as events (issue 5 "Mouse").
    public var mouse: Bool
    /// Milliseconds ncurses waits after Esc for the rest of an escape sequence.
    public var escapeDelayMilliseconds: Int
    /// Two presses on the same cell within this many milliseconds are a double click.
    public var doubleClickMilliseconds: Int
    /// While curses runs, stderr (when it is a terminal) goes to an unlinked file in this
    /// folder and is replayed on the restored terminal when the session ends.
    public var stderrLogDirectory: String

    /// The defaults: automatic colours, mouse on, Esc after 25 ms, double click 400 ms,
    /// stderr held in `$TMPDIR` (else /tmp).
    public init(colorMode: ColorMode = .auto, mouse: Bool = true, escapeDelayMilliseconds: Int = 25,
                doubleClickMilliseconds: Int = 400, stderrLogDirectory: String? = nil) {
        self.colorMode = colorMode
        self.mouse = mouse
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.doubleClickMilliseconds = doubleClickMilliseconds
        let tmp = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
        self.stderrLogDirectory = stderrLogDirectory ?? tmp ?? "/tmp"
    }
}

/// What the event handler asks the loop to do next (htop's handler results).
public enum LoopAction: Sendable, Equatable {
    /// Draw the next frame and wait for the next event.
    case `continue`
    /// Leave the loop: the terminal is restored and `run` returns `.quit`.
    case quit
}

/// Why the loop ended; the terminal is restored in every case.
public enum ExitReason: Sendable, Equatable {
    /// The handler returned `.quit` (q, or Ctrl-C delivered as `.key(.ctrl("c"))`).
    case quit
    /// A signal asked the process to end: SIGINT, SIGTERM, SIGHUP or SIGQUIT (the number).
    case signal(Int32)
    /// The terminal went away (hang-up, read errors): the process should end, not spin.
    case terminalLost

    /// The process exit status by shell convention: 0 after `.quit`, 128 + the signal
    /// number after a signal (SIGTERM → 143), 129 (as SIGHUP) when the terminal was lost.
    public var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .signal(let number): return 128 + number
        case .terminalLost: return 129
        }
    }
}
