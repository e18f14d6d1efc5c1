import CNcursesw
import Dashboard

/// What one `wget_wch` result means to the loop.
enum DecodedInput: Equatable {
    /// Something for the handler.
    case event(Event)
    /// Ctrl-Z: suspend the process (the loop does it, then redraws).
    case suspend
    /// Nothing to report (a mouse action outside the mask, an unknown function key).
    case ignored
}

/// Translates ncurses input (`wget_wch` results and `getmouse` reports) into the
/// dashboard's `Event`s. Raw mode delivers Ctrl-C and Ctrl-Z as bytes 3 and 26.
struct InputDecoder {
    private let doubleClick: Duration
    private var lastPress: (x: Int, y: Int, at: ContinuousClock.Instant)?

    init(doubleClickMilliseconds: Int) {
        doubleClick = .milliseconds(doubleClickMilliseconds)
    }

    /// A character `wget_wch` returned with OK: control bytes become keys, the rest
    /// (also wide characters such as ë typed in a search) `.char`.
    static func character(_ code: UInt32) -> DecodedInput {
        switch code {
        case 0x0D, 0x0A: return .event(.key(.enter))
        case 0x09: return .event(.key(.tab))
        case 0x1B: return .event(.key(.escape))
        case 0x7F, 0x08: return .event(.key(.backspace))
        case 0x1A: return .suspend
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(0x60 + code) else { return .ignored }
            return .event(.key(.ctrl(Character(letter))))
        case 0x00...0x1F, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .event(.key(.char(Character(scalar))))
        }
    }

    /// A function key `wget_wch` returned with KEY_CODE_YES, except KEY_MOUSE and
    /// KEY_RESIZE which need more than the code.
    static func functionKey(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_UP: return .event(.key(.up))
        case KEY_DOWN: return .event(.key(.down))
        case KEY_LEFT: return .event(.key(.left))
        case KEY_RIGHT: return .event(.key(.right))
        case KEY_PPAGE: return .event(.key(.pageUp))
        case KEY_NPAGE: return .event(.key(.pageDown))
        case KEY_HOME, KEY_A1: return .event(.key(.home))
        case KEY_END, KEY_C1: return .event(.key(.end))
        case KEY_BTAB: return .event(.key(.backTab))
        case KEY_ENTER: return .event(.key(.enter))
        case KEY_BACKSPACE: return .event(.key(.backspace))
        default: return .ignored
        }
    }

    /// A mouse report at 0-based cell (x, y) with ncurses button state `state`: button 1
    /// press (a second press on the same cell within the double-click time is
    /// `.doubleClick`), wheel up (button 4) and down (button 5).
    mutating func mouse(state: mmask_t, x: Int, y: Int, now: ContinuousClock.Instant) -> DecodedInput {
        if state & overleg_BUTTON4_PRESSED() != 0 { return .event(.mouse(.wheelUp, x: x, y: y)) }
        if state & overleg_BUTTON5_PRESSED() != 0 { return .event(.mouse(.wheelDown, x: x, y: y)) }
        guard state & overleg_BUTTON1_PRESSED() != 0 else { return .ignored }
        if let last = lastPress, last.x == x, last.y == y, now - last.at <= doubleClick {
            lastPress = nil
            return .event(.mouse(.doubleClick, x: x, y: y))
        }
        lastPress = (x, y, now)
        return .event(.mouse(.press, x: x, y: y))
    }

    /// Reads the pending mouse report after KEY_MOUSE; `.ignored` when there is none.
    mutating func pendingMouse(now: ContinuousClock.Instant) -> DecodedInput {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return .ignored }
        return mouse(state: report.bstate, x: Int(report.x), y: Int(report.y), now: now)
    }
}
