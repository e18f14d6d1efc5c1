import Foundation
import Minutes

/// The one place the store-facing commands turn a file (or stored text) into a `Meeting`:
/// bytes through `Documents`, extraction through `Minutes`.
enum CLIReadMeeting {
    /// Reads and extracts one file.
    /// - Throws: `CLIFailure` naming the file and the cause (exit code 1).
    static func read(_ url: URL) throws -> Meeting {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIFailure(message: "\(url.path): cannot read the file", exitCode: CLIExit.inputFailed)
        }
        return try extract(data, fileName: url.lastPathComponent, path: url.path)
    }

    /// Runs the extractor over bytes (a file's, or a stored meeting's text as UTF-8).
    static func extract(_ data: Data, fileName: String, path: String) throws -> Meeting {
        // Wired to `MinutesReader.read(_:fileName:lexicons:)` once the extractor has landed.
        throw CLIFailure(message: "\(path): the minutes reader is not available in this build yet", exitCode: CLIExit.inputFailed)
    }
}
