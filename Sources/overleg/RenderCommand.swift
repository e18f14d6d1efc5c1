import ArgumentParser
import Dashboard
import Foundation
import Store

/// `overleg render --size WxH [--keys "..."]`: prints the frame the dashboard would show
/// after those keys, as plain text, through the same update/render path as the dashboard
/// (DESIGN.md "Layers"). Status changes and notes are acknowledged but not written: the
/// store is only read (item texts are read when the detail shows them, as in the
/// dashboard). Used by tests and benchmarks.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one dashboard frame as text after a script of keys (store untouched).",
        discussion: """
            Keys: space-separated names (\(KeyScript.names.joined(separator: ", "))) or single characters. \
            Mouse and size tokens (0-based cells): click:X,Y, dclick:X,Y, wheelup:X,Y, wheeldown:X,Y, resize:WxH.
            """,
        shouldDisplay: false)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: "Frame size in columns x rows, e.g. 120x40.")
    var size: String = "120x40"

    @Option(help: "Keys and events to feed before the frame is printed, e.g. \"j j space enter\" or \"click:10,5 resize:80x24\".")
    var keys: String = ""

    @Option(help: "Today's date (YYYY-MM-DD) for overdue marks; default: the system date.")
    var today: String?

    func validate() throws {
        _ = try Self.parseSize(size)
    }

    func run() throws {
        try reportingErrors(renderFrame)
    }

    private func renderFrame() throws {
        let (width, height) = try Self.parseSize(size)
        let script = try KeyScript.events(keys)
        let store = try storeOptions.openStore()
        // As the dashboard: the first frame from the first screen, then the whole store
        // before the first event of the script.
        let first = try DashboardSource.firstScreen(from: store, width: width, height: height)
        var state = DashboardState(data: try first ?? DashboardSource.demo(lexicons: loadLexicons()), options: DashboardOptions(
            language: try languageOptions.language(), today: today ?? ISODate.today(), width: width, height: height))
        let runner = EffectRunner(store: store, readOnly: true)
        // The size first, as the dashboard's first frame: it loads the first detail's text.
        _ = runner.dispatch(.resize(width: width, height: height), to: &state)
        if first != nil, !script.isEmpty, let whole = try DashboardSource.load(from: store) {
            state.reload(whole)
        }
        for event in script {
            if runner.dispatch(event, to: &state) { break }
        }
        print(render(state).text)
    }

    /// Parses `WxH` (also `W×H`) into columns and rows, each 1...1000.
    /// - Throws: `ValidationError` naming the bad value.
    static func parseSize(_ text: String) throws -> (Int, Int) {
        let parts = text.lowercased().split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (1...1000).contains(w), (1...1000).contains(h) else {
            throw ValidationError("--size must be WIDTHxHEIGHT (1-1000 each), not '\(text)'")
        }
        return (w, h)
    }
}
