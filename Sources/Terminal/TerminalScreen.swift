import CNcursesw
import CTermSupport
import Dashboard
import Foundation

/// The one place that owns ncurses (as htop's CRT.c): opens the terminal, runs the event
/// loop that turns input into `Event`s and draws `Canvas` frames, and restores the
/// terminal on every way out (DESIGN.md "Layers", issue 5 "Terminal lifecycle").
///
/// Use on one thread, one at a time per process:
///
///     let screen = try TerminalScreen(options: options)  // TerminalError: print it, exit 1
///     var state = DashboardState(data: data, options: ...)  // sized by screen.size
///     let reason = screen.run(
///         render: { width, height in render(state) },        // resized through handle
///         handle: { event in state.update(event).contains(.quit) ? .quit : .continue })
///     if reason.exitStatus != 0 { exit(reason.exitStatus) }  // terminal already restored
public final class TerminalScreen {
    /// The colour mode in use (after `NO_COLOR` and the terminal's abilities).
    public let colorMode: ColorMode
    /// Posts events to the loop from other threads (store saves, store observation).
    public let events = EventPoster()

    private let screen: OpaquePointer
    private let window: CursesWindow
    private let wakeFD: Int32
    private var painter: CanvasPainter
    private var decoder: InputDecoder
    private var closed = false

    /// True when stdin and stdout are both terminals; otherwise the caller prints the
    /// plain list instead of opening the dashboard (issue 2 point 7).
    public static var standardStreamsAreTerminals: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Opens the dashboard's terminal on stdin/stdout: checks `TERM`, sets the locale
    /// (C.UTF-8 for the character set when the environment's is not UTF-8), installs the
    /// signal handlers, starts ncurses with `newterm` (alternate screen as terminfo says),
    /// raw mode without echo, keypad, mouse when asked, hidden cursor, and the colours.
    /// - Parameter environment: read for `TERM` only (`NO_COLOR`: see `ColorMode.effective`).
    /// - Throws: `TerminalError` when TERM is unset, empty, `dumb`, unknown or cannot
    ///   address the cursor, when stdin/stdout are not terminals, or when a session is
    ///   already open. Nothing on the terminal has changed then.
    public init(options: TerminalOptions = TerminalOptions(),
                environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        let term = try TerminalError.checkTerm(environment["TERM"])
        guard Self.standardStreamsAreTerminals else { throw .notATerminal }
        TextLocale.prepare()
        // Exported LINES/COLUMNS would fix the size: ncurses prefers them to the
        // terminal's own (ioctl) and then ignores every resize, also with use_tioctl
        // (checked with ncurses 6.4 in tmux). This process only; it starts no children.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        let wakeFD = overleg_ts_open(1)
        guard wakeFD >= 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        guard let screen = overleg_newterm(term), let window = overleg_stdscr() else {
            overleg_ts_close()
            throw .termUnknown(term)
        }
        guard overleg_tigetstr("cup") != nil else {
            endwin()
            delscreen(screen)
            overleg_ts_close()
            throw .termCannotAddressCursor(term)
        }
        self.screen = screen
        self.window = window
        self.wakeFD = wakeFD
        raw()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        intrflush(window, false)
        meta(window, true)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(Int32(options.escapeDelayMilliseconds))
        if options.mouse {
            mousemask(overleg_BUTTON1_PRESSED() | overleg_BUTTON4_PRESSED() | overleg_BUTTON5_PRESSED(), nil)
            mouseinterval(0)  // clicks are told apart here, without ncurses' delay
        }
        let palette = Palette(requested: options.colorMode)
        colorMode = palette.mode
        painter = CanvasPainter(palette: palette)
        decoder = InputDecoder(doubleClickMilliseconds: options.doubleClickMilliseconds)
        Self.saveResetSequence(mouse: options.mouse)
        overleg_ts_chain_winch()
        overleg_ts_set_active(1)
        _ = options.stderrLogDirectory.withCString { overleg_ts_redirect_stderr($0) }
    }

    deinit { close() }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(overleg_getmaxx(window)), Int(overleg_getmaxy(window)))
    }

    /// Restores the terminal (endwin: cooked mode, cursor, main screen, mouse off), puts
    /// back the signal handlers and stderr (replaying what was written meanwhile).
    /// Idempotent; `run` calls it before returning, `deinit` as a last resort.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        overleg_ts_set_active(0)
        delscreen(screen)
        overleg_ts_close()
        overleg_ts_restore_stderr()
    }

    /// Runs the loop until the handler quits, a quit signal arrives or the terminal goes
    /// away; the terminal is restored before it returns.
    /// - Parameters:
    ///   - render: draws the whole frame for a size in columns × rows; called before the
    ///     first wait and after each batch of events. A canvas of another size is clipped.
    ///   - handle: gets each event in order: keys (Ctrl-C as `.key(.ctrl("c"))`; Ctrl-Z
    ///     suspends the process and never reaches it), mouse, `.resize` with the new size,
    ///     and events posted through `events`.
    /// - Returns: why the loop ended; `exitStatus` gives the process exit status.
    public func run(render: (_ width: Int, _ height: Int) -> Canvas,
                    handle: (Event) -> LoopAction) -> ExitReason {
        var dirty = true
        var emptyReads = 0
        while !closed {
            if dirty {
                let (width, height) = size
                painter.paint(render(width, height), into: window)
                wrefresh(window)
                dirty = false
            }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 2, -1) < 0, errno != EINTR { return finish(.terminalLost) }
            if fds[1].revents != 0 { overleg_ts_drain() }
            let signal = overleg_ts_pending_signal()
            if signal != 0 { return finish(.signal(signal)) }
            for event in events.take() {
                dirty = true
                if handle(event) == .quit { return finish(.quit) }
            }
            if Int32(fds[0].revents) & (POLLHUP | POLLERR | POLLNVAL) != 0 { return finish(.terminalLost) }
            let (count, quit) = readInput(handle)
            if quit { return finish(.quit) }
            if count > 0 {
                dirty = true
                emptyReads = 0
            } else if Int32(fds[0].revents) & POLLIN != 0 {
                // Readable but nothing read: end of file on a terminal that went away.
                emptyReads += 1
                if emptyReads >= 100 { return finish(.terminalLost) }
            }
        }
        return .quit
    }

    private func finish(_ reason: ExitReason) -> ExitReason {
        close()
        return reason
    }

    /// Reads everything ncurses has (up to 256 inputs per frame), passing events to
    /// `handle`. Returns how many inputs were read and whether the handler quit.
    private func readInput(_ handle: (Event) -> LoopAction) -> (count: Int, quit: Bool) {
        var count = 0
        while count < 256 {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { break }
            count += 1
            let decoded: DecodedInput
            if status == KEY_CODE_YES {
                switch Int32(code) {
                case KEY_MOUSE: decoded = decoder.pendingMouse(now: .now)
                case KEY_RESIZE:
                    painter.invalidate()
                    decoded = .event(.resize(width: size.width, height: size.height))
                default: decoded = InputDecoder.functionKey(Int32(code))
                }
            } else {
                decoded = InputDecoder.character(UInt32(code))
            }
            switch decoded {
            case .event(let event):
                if handle(event) == .quit { return (count, true) }
            case .suspend:
                if let resized = suspend(), handle(resized) == .quit { return (count, true) }
            case .ignored:
                continue
            }
        }
        return (count, false)
    }

    /// Ctrl-Z: leaves curses mode, stops the process as SIGTSTP would (the shell's job
    /// control takes over), and on `fg` repaints the whole screen. Returns a resize event
    /// when the terminal changed size while stopped. Does nothing without job control.
    private func suspend() -> Event? {
        guard overleg_ts_tstp_disposition() >= 0 else { return nil }
        let before = size
        endwin()
        overleg_ts_set_active(0)
        overleg_ts_stop_self()
        overleg_ts_set_active(1)
        var rows = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &rows) == 0, rows.ws_row > 0, rows.ws_col > 0,
           Int(rows.ws_col) != before.width || Int(rows.ws_row) != before.height {
            resize_term(Int32(rows.ws_row), Int32(rows.ws_col))
        }
        clearok(overleg_curscr(), true)
        painter.invalidate()
        wrefresh(window)
        let after = size
        return after == before ? nil : .resize(width: after.width, height: after.height)
    }

    /// Saves what the crash and atexit handlers write to put the terminal back: leave the
    /// alternate screen, show the cursor, plain attributes, keypad off, mouse off.
    private static func saveResetSequence(mouse: Bool) {
        var bytes = ""
        for name in ["sgr0", "rmkx", "cnorm", "rmcup"] {
            if let value = overleg_tigetstr(name) { bytes += String(cString: value) }
        }
        if mouse { bytes += "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l" }
        bytes.withCString { overleg_ts_set_reset($0, strlen($0)) }
    }
}
