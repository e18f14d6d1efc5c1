import Foundation

/// Why the dashboard cannot start on this terminal. `description` is one line meant for
/// the user; the caller prints it (e.g. `overleg: <description>`) and exits with status 1
/// (issue 5 "Terminal lifecycle": TERM unset, unknown or dumb).
public enum TerminalError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// `TERM` is not set or empty.
    case termUnset
    /// `TERM=dumb` (or another type without cursor addressing, named here).
    case termCannotAddressCursor(String)
    /// ncurses has no terminfo entry for this `TERM`.
    case termUnknown(String)
    /// stdin or stdout is not a terminal (the caller should print the plain list instead).
    case notATerminal
    /// A session is already open in this process, or the self-pipe could not be made.
    case cannotStart(String)

    public var description: String {
        switch self {
        case .termUnset:
            return "TERM is not set, so the dashboard cannot drive this terminal; set TERM (e.g. TERM=xterm-256color) or use 'overleg list' for plain text"
        case .termCannotAddressCursor(let term):
            return "the terminal type TERM=\(term) cannot move the cursor, so the dashboard cannot run on it; use a full terminal or 'overleg list' for plain text"
        case .termUnknown(let term):
            return "unknown terminal type TERM=\(term) (no terminfo entry); set TERM to a known type (e.g. xterm-256color) or use 'overleg list' for plain text"
        case .notATerminal:
            return "the dashboard needs a terminal on stdin and stdout; use 'overleg list' for plain text"
        case .cannotStart(let cause):
            return "cannot start the dashboard: \(cause)"
        }
    }

    public var errorDescription: String? { description }

    /// Checks `TERM` before ncurses sees it: unset, empty and `dumb` are refused here.
    static func checkTerm(_ term: String?) throws(TerminalError) -> String {
        guard let term, !term.isEmpty else { throw .termUnset }
        if term == "dumb" { throw .termCannotAddressCursor(term) }
        return term
    }
}
