import Foundation

/// The text of a minutes file in any supported format, as bytes for `Minutes.TextDecoding`
/// (issue 3 "Formats"; DESIGN.md "Input formats").
///
/// - `.txt`, `.md`, `.markdown`, `.text`: the file's bytes as they are (the decoder finds the encoding).
/// - `.docx`: `word/document.xml` through ZIPFoundation and XMLParser: paragraphs and tables in
///   document order, one paragraph per line, a table row as `cell | cell | cell`; UTF-8.
/// - `.pdf`: the output of `pdftotext -layout FILE -` (poppler-utils), with form feeds between pages.
/// Line numbers of the result are the lines that provenance refers to for .docx and .pdf.
public enum DocumentText {
    /// Reads `url` and returns its text bytes.
    /// - Throws: `DocumentError` naming the file and the cause: unreadable file, unsupported extension,
    ///   a .docx that is not a Word document, pdftotext missing or failing.
    public static func read(_ url: URL) throws -> Data {
        try checkSize(url)
        switch url.pathExtension.lowercased() {
        case "txt", "md", "markdown", "text":
            do {
                return try Data(contentsOf: url)
            } catch {
                throw DocumentError(file: url.path, message: "cannot read the file (\(reason(error)))",
                                    kind: isMissing(error) ? .missing : .unreadable)
            }
        case "docx":
            return Data(try DocxText.text(of: url).utf8)
        case "pdf":
            return try PDFText.text(of: url)
        case "":
            throw DocumentError(file: url.path, message: "no file extension; use .txt, .md, .docx or .pdf", kind: .unsupportedType)
        default:
            throw DocumentError(file: url.path, message: "unsupported file type .\(url.pathExtension); use .txt, .md, .docx or .pdf",
                                kind: .unsupportedType)
        }
    }

    /// The largest file taken, in bytes (16 MiB). Minutes run to tens of pages, well under
    /// 1 MiB; a larger file is almost surely something else, and reading it would take
    /// minutes and fill the store with noise.
    public static let maximumFileSize = 16 << 20

    /// Throws when `url` is larger than `maximumFileSize` (a file that cannot be inspected
    /// is left to the reading step, which names the cause).
    static func checkSize(_ url: URL) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber,
              size.intValue > maximumFileSize else { return }
        throw DocumentError(file: url.path, message: "too large for minutes (\(size.intValue >> 20) MiB; at most \(maximumFileSize >> 20) MiB)",
                            kind: .tooLarge)
    }

    /// Whether a Foundation read error means the file does not exist.
    static func isMissing(_ error: Error) -> Bool {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return true }
        return (ns.userInfo[NSUnderlyingErrorKey] as? NSError).map { $0.domain == NSPOSIXErrorDomain && $0.code == Int(ENOENT) } ?? false
    }

    /// A short cause for a Foundation error (the POSIX description when there is one).
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}

/// An error reading a document; `description` is one line, `"FILE: message"`.
public struct DocumentError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, independent of wording: a program showing the error in another
    /// language words it from the kind (the `message` is English).
    public enum Kind: Sendable, Equatable {
        /// The file does not exist.
        case missing
        /// The file exists but cannot be read (permissions, I/O).
        case unreadable
        /// The extension is none of .txt, .md, .markdown, .text, .docx, .pdf.
        case unsupportedType
        /// Larger than `DocumentText.maximumFileSize`.
        case tooLarge
        /// Anything else (a broken .docx, pdftotext missing or failing, ...).
        case other
    }

    /// The file as the user named it.
    public var file: String
    /// The cause, without the file name.
    public var message: String
    /// The kind of fault (`.other` unless the thrower says).
    public var kind: Kind

    /// Creates an error for `file` with the cause `message`.
    public init(file: String, message: String, kind: Kind = .other) {
        self.file = file
        self.message = message
        self.kind = kind
    }

    /// `"FILE: message"`.
    public var description: String { "\(file): \(message)" }

    /// Equal when file and message are: the kind follows from the message, so errors
    /// written before kinds existed still compare as they did.
    public static func == (a: DocumentError, b: DocumentError) -> Bool { a.file == b.file && a.message == b.message }
}
