import Dashboard
import Foundation
import Testing

/// Whole frames compared with text files in `Snapshots/` (as tig's test dumps and ratatui's
/// TestBackend). Re-record with `OVERLEG_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`.
@Suite struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static let recording = ProcessInfo.processInfo.environment["OVERLEG_RECORD_SNAPSHOTS"] == "1"

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var size: (Int, Int)
        var lang: Language = .nl
        var keys: String
        var wild = false
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "seed-80x24", size: (80, 24), keys: "j j"),
        Case(name: "seed-80x24-detail", size: (80, 24), keys: "j j enter"),
        Case(name: "seed-80x24-picker", size: (80, 24), keys: "p k o r"),
        Case(name: "seed-80x24-en-governance", size: (80, 24), lang: .en, keys: "4 G"),
        Case(name: "seed-80x24-search", size: (80, 24), keys: "/ b u r g e m enter"),
        Case(name: "seed-160x48", size: (160, 48), keys: "j j"),
        Case(name: "seed-160x48-en", size: (160, 48), lang: .en, keys: "4 G"),
        Case(name: "seed-160x48-help", size: (160, 48), keys: "?"),
        Case(name: "seed-160x48-korpschef", size: (160, 48), keys: "p k o r p s enter"),
        Case(name: "wild-80x24", size: (80, 24), keys: "j enter", wild: true),
        Case(name: "wild-160x48", size: (160, 48), keys: "j", wild: true),
        Case(name: "too-small-40x10", size: (40, 10), keys: ""),
    ]

    @Test(arguments: cases)
    func frameMatchesSnapshot(_ c: Case) throws {
        var s = Seed.state(c.size.0, c.size.1, lang: c.lang,
                           data: c.wild ? TextTests.wildData() : Seed.data())
        try press(&s, c.keys)
        let text = frame(s) + "\n"
        let file = Self.directory.appendingPathComponent(c.name + ".txt")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(file.path): run with OVERLEG_RECORD_SNAPSHOTS=1")
            return
        }
        #expect(text == expected, "frame \(c.name) differs from \(file.lastPathComponent):\n\(text)")
    }
}
