import ArgumentParser
import Dashboard
import Foundation
import Store

/// Exit codes of the store-facing commands (documented in `overleg help <command>`):
///
/// - 0: success (also: `undo` with nothing to undo, `list` with no rows);
/// - 1: some input could not be read or imported (the others were) — one line per file;
/// - 2: an id is unknown or ambiguous, or an argument was refused (nothing changed);
/// - 3: the store could not be used: locked, read-only (for a change: a read-only store is
///   still read), damaged, not an SQLite file, disk full, or a `--db` folder that does not
///   exist (nothing already stored is lost; nothing reported as saved unless it was);
/// - 64: wrong usage (swift-argument-parser's validation errors).
enum CLIExit {
    static let inputFailed: Int32 = 1
    static let badID: Int32 = 2
    static let storeFault: Int32 = 3

    /// The paragraph shown in each command's help.
    static let help = """
        Exit codes: 0 success; 1 some input could not be read or imported; 2 unknown or \
        ambiguous id, or a refused argument; 3 the store is locked, read-only, damaged, not an \
        SQLite file, the disk is full, or the --db folder does not exist; 64 wrong usage. \
        --db and --lang may also stand before the subcommand.
        """
}

/// A failure the CLI reports as one line `overleg: SUBJECT: cause` and an exit code.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32
    var description: String { message }
}

enum CLI {
    /// The language of the one-line errors: the locale's (`LanguageOptions`) until
    /// `Overleg.validate()` sets it from `--lang` while the arguments are parsed, before any
    /// command runs; read afterwards only (one thread writes it, once, before any reader).
    nonisolated(unsafe) static var language: Language =
        (try? LanguageOptions.language(lang: nil, environment: ProcessInfo.processInfo.environment)) ?? .nl

    /// Writes one line to standard error, made safe for a terminal.
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data(("overleg: " + CLIText.line(line) + "\n").utf8))
    }

    /// Runs a command body: a `StoreError` or `CLIFailure` becomes one line on standard
    /// error (`overleg: PATH: cause`, in `language`: `CLIMessages`) and the documented exit
    /// code; never a trap.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as StoreError {
            switch e.kind {
            case .unknownID, .ambiguousID, .invalidArgument:
                warn(CLIMessages.argument(e, language: language))   // about the user's argument, not the store file
                throw ExitCode(CLIExit.badID)
            default:
                warn(CLIMessages.store(e, language: language))      // PATH: cause
                throw ExitCode(CLIExit.storeFault)
            }
        } catch let e as CLIFailure {
            warn(e.message)
            throw ExitCode(e.exitCode)
        }
    }

    /// Prints text to standard output (already made safe by the caller where needed).
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
