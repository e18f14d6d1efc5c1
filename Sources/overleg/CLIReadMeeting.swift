import Documents
import Foundation
import Minutes
import Store

/// Turning files (or stored text) into meetings for `import` and `reparse`, with every
/// reading error as a `CLIFailure` naming the file (exit code 1). Files are found by
/// `MinutesImport`; shared with `overleg FILE...`.
enum CLIReadMeeting {
    /// The lexicons, or a `CLIFailure` naming the malformed user file.
    static func lexicons() throws -> Lexicons {
        do {
            return try loadLexicons()
        } catch {
            throw CLIFailure(message: String(describing: error), exitCode: CLIExit.inputFailed)
        }
    }

    /// The files one path names (a file, or a folder walked by extension). A missing path
    /// that is a subcommand's name gets a hint: the user wrote an option before it.
    static func files(_ path: String) throws -> [URL] {
        do {
            return try MinutesImport.files(in: [path])
        } catch let e as DocumentError where e.kind == .missing && subcommandNames.contains(path) {
            throw CLIFailure(message: CLIMessages.subcommandHint(path, language: CLI.language), exitCode: CLIExit.inputFailed)
        } catch {
            throw CLIFailure(message: CLIMessages.line(error, language: CLI.language), exitCode: CLIExit.inputFailed)
        }
    }

    /// The names of `overleg`'s subcommands.
    static var subcommandNames: Set<String> {
        Set(Overleg.configuration.subcommands.compactMap { $0.configuration.commandName })
    }

    /// Reads one file's text (`DocumentText`) and, unless the
    /// store already holds this very content, extracts it. Returns the meeting, or the
    /// outcome `unchanged` without running the extractor (import of an unchanged archive
    /// costs a read and a hash per file).
    static func read(_ url: URL, lexicons: Lexicons, store: OverlegStore) throws -> Either {
        let data: Data
        do {
            data = try DocumentText.read(url)
        } catch {
            throw CLIFailure(message: oneLine(error, path: url.path), exitCode: CLIExit.inputFailed)
        }
        if let known = try store.meeting(withSourceHash: StableKey.contentHash(data)) {
            return .unchanged(try store.unchangedOutcome(body: known.body, date: known.date))
        }
        do {
            return .meeting(try MinutesReader.read(data, fileName: url.lastPathComponent, lexicons: lexicons))
        } catch {
            throw CLIFailure(message: oneLine(error, path: url.path), exitCode: CLIExit.inputFailed)
        }
    }

    enum Either {
        case meeting(Meeting)
        case unchanged(ImportOutcome)
    }

    /// Runs the current extractor over a stored meeting's text; source and content hash stay
    /// those of the stored file.
    static func reparse(_ stored: StoredMeeting, lexicons: Lexicons) throws -> Meeting {
        do {
            var meeting = try MinutesReader.read(text: stored.text, fileName: stored.source, lexicons: lexicons)
            meeting.source = stored.source
            meeting.sourceHash = stored.sourceHash
            return meeting
        } catch {
            throw CLIFailure(message: oneLine(error, path: "\(stored.source) (\(stored.body) \(stored.date))"),
                             exitCode: CLIExit.inputFailed)
        }
    }

    /// `PATH: cause` in the interface language for a document or minutes error; else the
    /// error's own one-line description when it starts with the file, else `PATH: cause`.
    private static func oneLine(_ error: any Error, path: String) -> String {
        if let line = CLIMessages.file(error, path: path, language: CLI.language) { return line }
        let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        let name = (path as NSString).lastPathComponent
        return text.hasPrefix(path) || text.hasPrefix(name) ? text : "\(path): \(text)"
    }
}
