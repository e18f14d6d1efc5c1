import ArgumentParser
import Documents
import Dashboard
import Foundation
import Minutes

/// `overleg parse FILE... --format json|text`: the extraction of each file, the store untouched
/// (DESIGN.md "Command line"; the JSON is the "parse JSON" contract).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show what the extractor finds in minutes (the store is not touched).",
        discussion: "Errors are printed as one line `overleg: FILE: cause`; the exit code is then 1."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Argument(help: "Minutes files (.txt, .md, .docx, .pdf).")
    var files: [String]

    @Option(name: .long, help: "Output format: json or text.")
    var format: Format = .text

    func run() throws {
        let lexicons: Lexicons
        do {
            lexicons = try loadLexicons()
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        var meetings: [Meeting] = []
        var failed = false
        for file in files {
            do {
                meetings.append(try readMinutes(path: file, lexicons: lexicons))
            } catch {
                // A document or minutes error in the interface language (CLIMessages).
                printError(CLIMessages.file(error, path: file, language: CLI.language) ?? "\(file): \(error)")
                failed = true
            }
        }
        switch format {
        case .json:
            let json = String(decoding: try ParseJSON.encode(meetings), as: UTF8.self)
            FileHandle.standardOutput.write(Data(SafeText.json(json).utf8))
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .text:
            // Text from minutes is shown, never obeyed (issue 5): no escape sequence, control or
            // bidi character of the input reaches the terminal. (JSON escapes them itself.)
            FileHandle.standardOutput.write(Data(SafeText.multiline(ParseText.render(meetings)).utf8))
        }
        if failed { throw ExitCode(1) }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data("overleg: \(SafeText.line(message))\n".utf8))
    }
}

/// Reads one minutes file (.txt, .md, .docx, .pdf) through `Documents.DocumentText` into a meeting.
/// - Throws: `DocumentError` or `MinutesError` with the cause and its kind.
func readMinutes(path: String, lexicons: Lexicons) throws -> Meeting {
    let url = URL(fileURLWithPath: path)
    let data = try DocumentText.read(url)
    return try MinutesReader.read(data, fileName: url.lastPathComponent, lexicons: lexicons)
}
