import Foundation
import Testing

extension TmuxSession {
    /// A pane of `width`×`height` running `overleg --db STORE [files]` with `environment`,
    /// the dashboard drawn. With no files and a new store it shows the built-in demo.
    static func dashboard(_ scratch: Scratch, files: [String] = [], width: Int = 200, height: Int = 60,
                          environment: [String: String] = [:],
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        let pane = try TmuxSession(width: width, height: height, environment: environment)
        let arguments = (["--db", scratch.store] + files).map(E2E.shellQuote).joined(separator: " ")
        try pane.launch(arguments)
        try pane.waitForDashboard(sourceLocation: sourceLocation)
        return pane
    }

    /// Presses q and expects exit status 0.
    func quit(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try keys("q")
        #expect(try waitForExitStatus(sourceLocation: sourceLocation) == 0, sourceLocation: sourceLocation)
    }

    /// The status line (the second row from the bottom) of `screen`.
    static func statusLine(_ screen: String, height: Int) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count > height - 2 ? String(rows[height - 2]) : ""
    }
}
