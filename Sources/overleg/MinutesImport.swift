import Documents
import Foundation
import Minutes
import Store

/// Reading minutes files into the store: shared by `overleg import` and `overleg FILE...`.
enum MinutesImport {
    /// Extensions taken when a folder is walked (those `DocumentText.read` supports).
    static let extensions: Set<String> = ["txt", "md", "markdown", "text", "docx", "pdf"]

    /// The files named by `paths`: a file as given (any extension: reading it reports an
    /// unsupported one), a folder walked recursively for files with a supported extension,
    /// in path order; hidden files and folders are skipped.
    /// - Throws: `DocumentError` for a path that does not exist.
    static func files(in paths: [String]) throws -> [URL] {
        var result: [URL] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentError(file: path, message: "no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                result.append(url)
                continue
            }
            let walker = fm.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                       options: [.skipsHiddenFiles])
            var found: [URL] = []
            while let next = walker?.nextObject() as? URL {
                let isFile = (try? next.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile, extensions.contains(next.pathExtension.lowercased()) { found.append(next) }
            }
            result += found.sorted { $0.path < $1.path }
        }
        return result
    }

    /// Reads one file into a meeting: its text (`DocumentText`), then the extractor.
    /// - Throws: `DocumentError` or `MinutesError`, each one line naming the file.
    static func read(_ url: URL, lexicons: Lexicons) throws -> Meeting {
        let data = try DocumentText.read(url)
        return try MinutesReader.read(data, fileName: url.lastPathComponent, lexicons: lexicons)
    }

    /// Reads and stores one file; each file is its own transaction, so a bad file further on
    /// loses nothing of those before it.
    /// - Throws: `DocumentError`, `MinutesError` or `StoreError`.
    static func importFile(_ url: URL, into store: OverlegStore, lexicons: Lexicons) throws -> ImportOutcome {
        try store.importMeeting(read(url, lexicons: lexicons))
    }
}
