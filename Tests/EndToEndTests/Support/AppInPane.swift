import Foundation
import Testing

/// Running `overleg` in the pane's shell and reading back what it left behind.
extension TmuxSession {
    /// Text the dashboard always shows once drawn: the first topic pane's title
    /// (issue 2 point 6), in the grid and in the narrow tab row alike.
    static let dashboardMarker = "Ondermijning"

    /// Types `[assignments] overleg arguments; echo "overleg-exit=$?"` into the shell.
    func launch(_ arguments: String, assignments: String = "") throws {
        let prefix = assignments.isEmpty ? "" : assignments + " "
        try type("\(prefix)\(E2E.quotedBinary) \(arguments); echo \"overleg-exit=$?\"")
    }

    /// Waits until the dashboard is on the alternate screen and drawn; fails at once,
    /// with the screen, when the shell prints an exit status after `exitMarker` first.
    @discardableResult
    func waitForDashboard(exitMarker: String = "overleg-exit=",
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let screen = try waitFor("the dashboard", sourceLocation: sourceLocation) { screen in
            if Self.exitStatus(in: screen, marker: exitMarker) != nil { return true }
            guard screen.contains(Self.dashboardMarker) else { return false }
            return try format("#{alternate_on}") == "1"
        }
        if let status = Self.exitStatus(in: screen, marker: exitMarker) {
            Issue.record("overleg exited (\(status)) instead of opening the dashboard:\n\(screen)",
                         sourceLocation: sourceLocation)
            throw E2EFailure(description: "overleg exited with \(status)")
        }
        return screen
    }

    /// The exit status the shell reported after `marker` (`launch` prints `overleg-exit=`).
    func waitForExitStatus(marker: String = "overleg-exit=",
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let screen = try waitFor("the exit status", sourceLocation: sourceLocation) {
            Self.exitStatus(in: $0, marker: marker) != nil
        }
        return Self.exitStatus(in: screen, marker: marker) ?? -1
    }

    /// The number after the last `marker` printed on `screen` that is followed by digits:
    /// the typed command line shows `marker$?`, and after a resize the shell may print its
    /// output over the start of a wrapped command line, so every occurrence is looked at.
    static func exitStatus(in screen: String, marker: String = "overleg-exit=") -> Int? {
        for line in screen.split(separator: "\n").reversed() {
            var found: Int?
            var rest = line[...]
            while let range = rest.range(of: marker) {
                let digits = rest[range.upperBound...].prefix { $0.isNumber }
                if let value = Int(digits) { found = value }
                rest = rest[range.upperBound...]
            }
            if let found { return found }
        }
        return nil
    }

    /// The pid of the program the shell is running (its only child).
    func appPID(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let shell = try shellPID()
        let end = Date().addingTimeInterval(deadline)
        repeat {
            if let child = Self.children(of: shell).first { return child }
            usleep(10_000)
        } while Date() < end
        Issue.record("no program running under the shell \(shell)", sourceLocation: sourceLocation)
        throw E2EFailure(description: "no child of \(shell)")
    }

    /// Checks the terminal is back as the shell needs it: main screen, cursor visible,
    /// mouse reporting off, keypad (application cursor keys) off, and the shell reading
    /// and echoing a typed line (cooked mode restored).
    func expectRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let state = try format("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}")
        #expect(state == "0 1 0 0", "alternate_on cursor_flag mouse_any_flag keypad_cursor_flag",
                sourceLocation: sourceLocation)
        try type("echo prompt-$((6 * 7))")
        try waitFor(text: "prompt-42", sourceLocation: sourceLocation)
    }

    /// Pids whose parent is `parent`, from /proc (Linux).
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.range(of: ")", options: .backwards) else { return nil }
            // Fields after "(comm)": state, ppid, ...
            let fields = stat[close.upperBound...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent ? pid : nil
        }
    }

    /// True while a process with this pid exists (and is not a zombie).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ")", options: .backwards) else { return false }
        return stat[close.upperBound...].split(separator: " ").first != "Z"
    }
}
