import ArgumentParser
import Foundation

/// Runs the body of a command that opens the dashboard or renders it, so that every
/// failure — store (`CLI.run`: exit 3, or 2 for a bad id), a file that cannot be read or is
/// not minutes, a malformed user lexicon, an unusable terminal (`TerminalError`) — is one
/// line `overleg: SUBJECT: cause` on standard error (in the interface language for the faults
/// `CLIMessages` knows) with a non-zero exit (1 unless said
/// otherwise), never a trap. Exit codes and argument errors pass through unchanged.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try CLI.run(body)
    } catch let exit as ExitCode {
        throw exit
    } catch let usage as ValidationError {
        throw usage
    } catch {
        CLI.warn(CLIMessages.line(error, language: CLI.language))
        throw ExitCode(CLIExit.inputFailed)
    }
}
