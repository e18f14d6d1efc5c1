import ArgumentParser
import Dashboard
import Foundation
import Minutes
import Store
import Terminal

/// The default command: `overleg [FILE...]` imports the files (if any), then opens the
/// dashboard on the store, or on the built-in demo meeting when the store is empty
/// (issue 2 point 6). When stdin or stdout is not a terminal it prints the open
/// follow-ups as plain text instead (issue 2 point 7).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard (the default command); FILEs are imported first.")

    @Argument(help: "Minutes to import before the dashboard opens (.txt, .md, .docx, .pdf, or folders).")
    var files: [String] = []

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Flag(name: .long, help: "No colours (as NO_COLOR does).")
    var noColor = false

    @Option(name: .long, help: "Colours: auto, 256, 8 or none.")
    var color: String = "auto"

    @Option(help: "Today's date (YYYY-MM-DD) for overdue marks; default: the system date.")
    var today: String?

    func validate() throws {
        guard ColorMode(argument: color) != nil else {
            throw ValidationError("--color must be auto, 256, 8 or none, not '\(color)'")
        }
        if let today, !ISODate.isValid(today) {
            throw ValidationError("--today must be a date YYYY-MM-DD, not '\(today)'")
        }
    }

    func run() throws {
        try reportingErrors(openDashboard)
    }

    private func openDashboard() throws {
        let language = try languageOptions.language()
        let store = try storeOptions.openStore()
        // The lexicons only when minutes are read (the files, or the demo): loading them costs
        // more than the dashboard's first frame.
        let lexicons = files.isEmpty ? nil : try CLIReadMeeting.lexicons()
        if let lexicons { try importFiles(into: store, lexicons: lexicons) }
        guard TerminalScreen.standardStreamsAreTerminals else {
            // Not a terminal: what `overleg list` prints (the open follow-ups), nothing drawn.
            let today = today ?? ISODate.today()
            let rows = try store.followUps(FollowUpFilter(today: today))
            CLI.out(ListCommand.table(rows, today: today, english: language == .en, width: nil))
            return
        }
        let mode = ColorMode.effective(requested: ColorMode(argument: color) ?? .auto, noColorFlag: noColor,
                                       environment: ProcessInfo.processInfo.environment)
        let screen = try TerminalScreen(options: TerminalOptions(colorMode: mode))
        // The first frame from the newest rows of each pane; the whole store is read beside
        // it and takes over before the first event is handled (issue 4 "Speed").
        let first = try DashboardSource.firstScreen(from: store, width: screen.size.width, height: screen.size.height)
        var loader = first == nil ? nil : DashboardLoader(store: store)
        let data = try first ?? DashboardSource.demo(lexicons: lexicons ?? CLIReadMeeting.lexicons())
        var state = DashboardState(data: data, options: DashboardOptions(
            language: language, today: today ?? ISODate.today(),
            width: screen.size.width, height: screen.size.height))
        let runner = EffectRunner(store: first == nil ? nil : store)
        var loadError: Error?
        func takeWholeData() {
            guard let pending = loader else { return }
            loader = nil
            do {
                if let whole = try pending.wait() { state.reload(whole) }
            } catch {
                loadError = error
            }
        }
        // The size as the first event: it asks for the text of the first detail shown.
        _ = runner.dispatch(.resize(width: screen.size.width, height: screen.size.height), to: &state)
        let reason = screen.run(
            render: { width, height in
                if width != state.width || height != state.height {
                    takeWholeData()
                    _ = runner.dispatch(.resize(width: width, height: height), to: &state)
                }
                return render(state)
            },
            handle: { event in
                takeWholeData()
                if loadError != nil { return .quit }
                return runner.dispatch(event, to: &state) ? .quit : .continue
            })
        if let loadError { throw loadError }
        if reason.exitStatus != 0 { throw ExitCode(reason.exitStatus) }
    }

    /// Imports `files` as `overleg import` reads them (content already stored is not
    /// extracted again), each meeting in its own transaction, quietly: the dashboard shows
    /// the result. The first file that cannot be read stops with its one-line error.
    private func importFiles(into store: OverlegStore, lexicons: Lexicons) throws {
        for path in files {
            for url in try CLIReadMeeting.files(path) {
                if case .meeting(let meeting) = try CLIReadMeeting.read(url, lexicons: lexicons, store: store) {
                    try store.importMeeting(meeting)
                }
            }
        }
    }
}
