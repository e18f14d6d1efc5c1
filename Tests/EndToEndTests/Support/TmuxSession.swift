import Foundation
import Testing

/// A failure of the harness itself (tmux missing or refusing a command, a deadline).
struct E2EFailure: Error, CustomStringConvertible {
    let description: String
}

/// A private tmux server with one pane running an interactive bash, as the recipe in
/// NOTES-swift-ncurses.md "tmux as the test terminal" says: its own socket, no config
/// file, `default-terminal tmux-256color`, a fixed size, a chosen environment. Tests type
/// into the shell, then wait on what the screen shows (polling every 10 ms), never sleep.
final class TmuxSession {
    private let tmux: String
    private let socket: String
    /// Seconds to wait for the screen before failing; generous for a loaded 2-core machine.
    let deadline: Double

    /// Starts the server and the pane at `width` × `height` cells with `environment`
    /// added to the pane's (LANG=C.UTF-8 and SWIFT_BACKTRACE=interactive=no unless given).
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:],
         deadline: Double = 10) throws {
        guard let tmux = E2E.tmux else { throw E2EFailure(description: "tmux not found") }
        self.tmux = tmux
        self.deadline = deadline
        // An explicit socket path (`-S`) rather than `-L NAME`, so that it can be removed:
        // tmux leaves its socket file behind in /tmp/tmux-UID otherwise.
        socket = FileManager.default.temporaryDirectory
            .appendingPathComponent("overleg-e2e-\(getpid())-\(UUID().uuidString.prefix(8)).sock").path
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "SWIFT_BACKTRACE": "interactive=no",
                   "NO_COLOR": "", "OVERLEG_DB": ""]
        env.merge(environment) { _, new in new }
        var arguments = ["-f", "/dev/null", "start-server", ";",
                         "set", "-g", "default-terminal", "tmux-256color", ";",
                         "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        for (name, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append("bash --norc --noprofile")
        try command(arguments)
    }

    deinit {
        _ = try? command(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Runs one tmux command on this server and returns its standard output.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        let (status, output) = try Spawn.run(tmux, ["-S", socket] + arguments)
        guard status == 0 || arguments.first == "kill-server" else {
            throw E2EFailure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status))")
        }
        return output
    }

    /// Types `line` into the shell and presses Enter.
    func type(_ line: String) throws {
        try command(["send-keys", "-l", line])
        try command(["send-keys", "Enter"])
    }

    /// Sends tmux key names (`q`, `C-c`, `C-z`, `Space`, `Escape`, `Enter`, `Down`).
    func keys(_ names: String...) throws {
        try command(["send-keys"] + names)
    }

    /// Sends `text` literally, byte for byte (raw escape sequences such as mouse reports).
    func literal(_ text: String) throws {
        try command(["send-keys", "-l", text])
    }

    /// The visible screen as text (trailing spaces stripped); with `escapes`, with the
    /// SGR sequences of colours and attributes (`capture-pane -e`).
    func screen(escapes: Bool = false) throws -> String {
        try command(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// A tmux format read from the pane, e.g. `#{alternate_on} #{cursor_flag}`.
    func format(_ format: String) throws -> String {
        try command(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window (the app gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try command(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the pane's shell.
    func shellPID() throws -> Int32 {
        guard let pid = Int32(try format("#{pane_pid}")) else { throw E2EFailure(description: "no pane pid") }
        return pid
    }

    /// Polls the screen every 10 ms until `predicate` holds, returns that screen; throws
    /// with the last screen when the deadline passes.
    @discardableResult
    func waitFor(_ what: String, escapes: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) throws -> Bool) throws -> String {
        let end = Date().addingTimeInterval(deadline)
        var last = ""
        repeat {
            last = try screen(escapes: escapes)
            if try predicate(last) { return last }
            usleep(10_000)
        } while Date() < end
        Issue.record("timed out after \(deadline) s waiting for \(what); screen:\n\(last)", sourceLocation: sourceLocation)
        throw E2EFailure(description: "timed out waiting for \(what)")
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the format reads `value` (e.g. `#{alternate_on}` → `1`).
    func waitFor(format: String, toRead value: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let end = Date().addingTimeInterval(deadline)
        var last = ""
        repeat {
            last = try self.format(format)
            if last == value { return }
            usleep(10_000)
        } while Date() < end
        Issue.record("timed out waiting for \(format) to read \(value); it reads \(last)", sourceLocation: sourceLocation)
        throw E2EFailure(description: "timed out waiting for \(format)")
    }
}
