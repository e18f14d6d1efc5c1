import Foundation
import Testing

/// Where the end-to-end tests find what they run: the `overleg` binary, tmux, the seed
/// minutes. Missing pieces turn the suites off with a message instead of failing.
enum E2E {
    /// The package root (this file is Tests/EndToEndTests/Support/Environment.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `$OVERLEG_E2E_BIN`, else `overleg` beside the test bundle
    /// (the build products folder), else `.build/debug/overleg` in the package.
    static let binary: String? = {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["OVERLEG_E2E_BIN"], !explicit.isEmpty {
            candidates.append(explicit)
        }
        for url in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            guard let url else { continue }
            // On Linux the test bundle is an executable in the products folder; on macOS
            // it is a .xctest bundle whose parent is that folder.
            var folder = url.deletingLastPathComponent()
            while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
            candidates.append(folder.appendingPathComponent("overleg").path)
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/overleg").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// tmux from the usual places or PATH.
    static let tmux: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The handed seed minutes (LOVP 10 April 2017), when ../shared/corpus exists.
    static let seed: String? = {
        let path = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/lovp-2017-04-10.txt").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static var available: Bool { binary != nil && tmux != nil }

    /// Why the suites are off, for the test report.
    static var unavailableReason: Comment {
        if tmux == nil { return "tmux is not installed: end-to-end tests skipped" }
        return "no overleg binary (build it with `swift build`, or set OVERLEG_E2E_BIN): end-to-end tests skipped"
    }

    /// Why the seed suites are off.
    static var seedUnavailableReason: Comment {
        seed == nil ? "../shared/corpus/lovp-2017-04-10.txt not found: seed tests skipped" : unavailableReason
    }

    /// The binary's path quoted for the shell in the pane.
    static var quotedBinary: String { shellQuote(binary ?? "overleg") }

    /// `text` as one single-quoted shell word.
    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A folder of its own for one test (store, minutes written for the test, output files),
/// removed when the test ends.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("overleg-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A store path inside the folder (not created: overleg creates it).
    var store: String { folder.appendingPathComponent("store.sqlite").path }

    /// Writes `text` as UTF-8 to `name` in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
