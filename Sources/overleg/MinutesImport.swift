import Documents
import Foundation

/// Which files a list of paths names, for `overleg import` and `overleg FILE...`.
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
                throw DocumentError(file: path, message: "no such file or folder", kind: .missing)
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
}
