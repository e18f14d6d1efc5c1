import Foundation

/// `.pdf` through `pdftotext -layout FILE -` from poppler-utils.
enum PDFText {
    /// The directories searched for `pdftotext`: `$PATH`, then the usual system places.
    static func findTool(_ name: String = "pdftotext") -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let dirs = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for dir in dirs where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `toolName` (normally `pdftotext`) on `url`; a test passes a missing name to see the error.
    static func text(of url: URL, toolName: String = "pdftotext") throws -> Data {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw DocumentError(file: url.path, message: "cannot read the file")
        }
        guard let tool = findTool(toolName) else {
            throw DocumentError(file: url.path, message: "reading a PDF needs pdftotext; install the package poppler-utils (apt-get install poppler-utils, brew install poppler)")
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", url.path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DocumentError(file: url.path, message: "cannot run \(tool.path) (\(error.localizedDescription))")
        }
        // Read both pipes to the end before waiting, so a large output cannot block the tool.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw DocumentError(file: url.path, message: "pdftotext failed: \(message)")
        }
        guard data.contains(where: { $0 > 0x20 }) else {
            throw DocumentError(file: url.path, message: "the PDF has no text layer (a scanned document?); run OCR on it first")
        }
        return data
    }
}
