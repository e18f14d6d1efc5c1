import Foundation

/// Turns the bytes of a minutes document into text.
public enum TextDecoding {
    /// Decodes `data` to a string with `"\n"` line ends.
    /// - Parameters:
    ///   - data: the raw bytes of the file.
    ///   - fileName: used in the error message only.
    /// - Returns: the text, BOM removed, CRLF and lone CR replaced by `"\n"`.
    /// - Throws: `MinutesError` when the bytes are not text.
    public static func decode(_ data: Data, fileName: String) throws -> String {
        let text: String
        if let s = String(data: data, encoding: .utf8) {
            text = s
        } else if let s = String(data: data, encoding: .windowsCP1252) {
            text = s
        } else {
            throw MinutesError(file: fileName, message: "not a text file (neither UTF-8 nor Windows-1252)")
        }
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        return t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
