import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the `overleg` binary for the command-line tests: standard error merged into the
/// output (the one-line errors are what these tests read), a controlled environment
/// (Dutch unless a test sets `LANG`, no `OVERLEG_DB` unless given, `HOME` and the XDG
/// folders inside the test's scratch folder), and optionally as an unprivileged user.
enum CommandRun {
    /// The result of one run: exit status (-1 when killed by a signal) and
    /// standard output followed by standard error, interleaved as written.
    struct Result {
        var status: Int32
        var output: String
        /// The output's lines (LF or CRLF, as CSV ends them), without empty ones.
        var lines: [String] { output.split(whereSeparator: \.isNewline).map(String.init) }
    }

    /// `setpriv`, needed to run as `nobody` when the tests run as root (root ignores file modes).
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether `unprivileged: true` can work: not root, or root with `setpriv`.
    static var canRunUnprivileged: Bool { geteuid() != 0 || setpriv != nil }

    /// Runs `overleg ARGUMENTS` in `scratch`'s environment.
    /// - Parameters:
    ///   - environment: variables set on top of the controlled ones (`LANG`, `OVERLEG_DB`, ...).
    ///   - unprivileged: as user `nobody` (uid 65534) when the tests run as root, else as is.
    static func overleg(_ arguments: [String], in scratch: Scratch, environment: [String: String] = [:],
                        unprivileged: Bool = false) throws -> Result {
        guard let binary = E2E.binary else { throw E2EFailure(description: "no overleg binary") }
        var variables = ["LANG": "C.UTF-8", "HOME": scratch.path("home"),
                         "XDG_DATA_HOME": scratch.path("xdg-data"), "XDG_CONFIG_HOME": scratch.path("xdg-config"),
                         "SWIFT_BACKTRACE": "interactive=no"]
        variables.merge(environment) { $1 }
        var command = ["/usr/bin/env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "OVERLEG_DB"]
        command += variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        if unprivileged, geteuid() == 0 {
            guard let setpriv else { throw E2EFailure(description: "setpriv is needed to run as nobody") }
            command += [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        command += ["/bin/sh", "-c", "exec \"$@\" 2>&1", "sh", binary] + arguments
        let (status, output) = try Spawn.run(command[0], Array(command.dropFirst()))
        return Result(status: status, output: output)
    }

    /// Sets the permission bits of `path` (e.g. 0o444).
    static func chmod(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    /// The permission bits of `path`.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
