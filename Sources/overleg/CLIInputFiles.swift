import Foundation

/// The files `overleg import PATH...` reads: a file as given, a folder recursively by
/// extension (issue 4 "Import many"), hidden files and folders skipped, in path order.
enum CLIInputFiles {
    /// Extensions read from folders (lower-cased).
    static let extensions: Set<String> = ["txt", "md", "docx", "pdf"]

    /// Expands `paths` into files. Paths that do not exist are returned in `missing`.
    static func collect(_ paths: [String]) -> (files: [URL], missing: [String]) {
        var files: [URL] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { missing.append(path); continue }
            let url = URL(fileURLWithPath: path)
            guard isDir.boolValue else { files.append(url); continue }
            var found: [URL] = []
            let walker = fm.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                       options: [.skipsHiddenFiles])
            while let next = walker?.nextObject() as? URL {
                let isFile = (try? next.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile == true, extensions.contains(next.pathExtension.lowercased()) { found.append(next) }
            }
            files += found.sorted { $0.path < $1.path }
        }
        return (files, missing)
    }
}
