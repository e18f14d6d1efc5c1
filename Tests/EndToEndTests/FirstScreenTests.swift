import Foundation
import Testing

/// The dashboard's first frame is drawn from the newest rows of each pane while the whole
/// store is read beside it (issue 4 "Speed"); it must be the frame the whole store gives.
/// `overleg render` without keys prints the first-screen frame; with a key (a resize to the
/// same size) it reads the whole store first.
@Suite(.enabled(if: E2E.binary != nil, "no overleg binary: first-screen tests skipped"))
struct FirstScreenTests {
    /// The project's 38 annotated minutes: many meetings, items with two topics, follow-ups
    /// without deadlines, a pane (COA) with few items.
    static let ownMinutes = E2E.packageRoot.appendingPathComponent("Tests/MinutesTests/Fixtures/own").path

    @Test("the first frame equals the whole store's frame at every layout size",
          arguments: ["200x60", "160x48", "120x40", "110x30", "100x30", "80x24", "60x16", "40x10"])
    func firstFrameIsTheWholeFrame(size: String) throws {
        let scratch = try Scratch()
        let env = ["OVERLEG_DB": scratch.store]
        let imported = try CommandRun.overleg(["import", Self.ownMinutes], in: scratch, environment: env)
        #expect(imported.status == 0, "\(imported.output)")
        // Some follow-ups done, one dismissed from the counts' point of view: the pane titles
        // of the first frame come from the store's counts.
        let list = try CommandRun.overleg(["list", "--format", "csv"], in: scratch, environment: env)
        let ids = list.lines.dropFirst().prefix(5).compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(ids.count == 5)
        _ = try CommandRun.overleg(["done"] + ids, in: scratch, environment: env)
        let first = try CommandRun.overleg(["render", "--size", size, "--today", "2025-01-01"], in: scratch, environment: env)
        let whole = try CommandRun.overleg(["render", "--size", size, "--today", "2025-01-01", "--keys", "resize:\(size)"],
                                           in: scratch, environment: env)
        #expect(first.status == 0 && whole.status == 0)
        #expect(first.output == whole.output)
        if size == "200x60" {
            #expect(first.output.contains("vergaderingen"), "the header counts every meeting")
            #expect(first.output.range(of: #" 1/[0-9]+ ─"#, options: .regularExpression) != nil,
                    "a pane longer than its box shows its position out of all its rows")
        }
    }
}
