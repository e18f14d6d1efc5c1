import Foundation

/// Turns the bytes of a minutes document into text (issue 3 "Encodings and line ends";
/// ANNOTATION.md §1 and §9 "Encodings").
///
/// Recognised: UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM, and Windows-1252 (used when the
/// bytes are not valid UTF-8; UTF-8 sequences inside such a file are kept as UTF-8). Line ends CRLF and lone CR become `"\n"`, so line N of the result
/// is line N of the file as an editor shows it. A form feed (U+000C) is kept for `LineCleaner`.
public enum TextDecoding {
    /// Decodes `data` to a string with `"\n"` line ends and without a byte order mark.
    /// - Parameters:
    ///   - data: the raw bytes of the file.
    ///   - fileName: the file as the user named it; used in the error only.
    /// - Returns: the text.
    /// - Throws: `MinutesError` ("not a text file (…)") for bytes that are neither of the
    ///   encodings above, that hold a NUL, or that are more than 5% control characters.
    public static func decode(_ data: Data, fileName: String) throws -> String {
        let bytes = [UInt8](data)
        let text = try decodeScalars(bytes, fileName: fileName)
        return try normalised(text, fileName: fileName)
    }

    private static func decodeScalars(_ bytes: [UInt8], fileName: String) throws -> String {
        func fail(_ why: String) -> MinutesError {
            MinutesError(file: fileName, message: "not a text file (\(why))", kind: .notText)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw fail("invalid UTF-8 after a UTF-8 byte order mark")
            }
            return s
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0 else { throw fail("UTF-16 with an odd number of bytes") }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i < body.endIndex {
                let a = UInt16(body[i]), b = UInt16(body[i + 1])
                units.append(littleEndian ? a | b << 8 : a << 8 | b)
                i += 2
            }
            guard let s = String(validating: units, as: UTF16.self) else {
                throw fail("invalid UTF-16 after a byte order mark")
            }
            return s
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw fail("NUL byte at offset \(nul) and no UTF-16 byte order mark")
        }
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        return try windows1252(bytes, fail: fail)
    }

    /// The length of a valid UTF-8 multi-byte sequence at `i`, or nil.
    private static func utf8Sequence(_ bytes: [UInt8], at i: Int) -> Int? {
        let lead = bytes[i]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard i + length <= bytes.count else { return nil }
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
        if lead == 0xE0 && bytes[i + 1] < 0xA0 { return nil }  // overlong
        if lead == 0xED && bytes[i + 1] > 0x9F { return nil }  // surrogate
        if lead == 0xF0 && bytes[i + 1] < 0x90 { return nil }  // overlong
        if lead == 0xF4 && bytes[i + 1] > 0x8F { return nil }  // beyond U+10FFFF
        return length
    }

    /// Windows-1252: 0x00–0x7F and 0xA0–0xFF are the same code points as Latin-1;
    /// 0x80–0x9F map through this table (0 = undefined in Windows-1252).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Windows-1252, except that valid UTF-8 sequences stay UTF-8: text pasted together from both
    /// encodings reads right, and Dutch Windows-1252 text never forms such sequences by chance.
    private static func windows1252(_ bytes: [UInt8], fail: (String) -> MinutesError) throws -> String {
        var scalars = String.UnicodeScalarView()
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte >= 0xC2, let length = utf8Sequence(bytes, at: offset),
               let s = String(validating: bytes[offset..<offset + length], as: UTF8.self) {
                scalars.append(contentsOf: s.unicodeScalars)
                offset += length
                continue
            }
            defer { offset += 1 }
            var value = UInt32(byte)
            if (0x80...0x9F).contains(byte) {
                value = cp1252High[Int(byte - 0x80)]
                if value == 0 {
                    throw fail(String(format: "neither UTF-8 nor Windows-1252: byte 0x%02X at offset %d", byte, offset))
                }
            }
            guard let scalar = Unicode.Scalar(value) else { throw fail("undecodable byte at offset \(offset)") }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Drops a leading BOM and turns CRLF and CR into LF. A NUL, or control characters
    /// (other than tab, LF, CR, vertical tab and form feed) in more than 1 in 20 scalars,
    /// mean binary data: rejected. Fewer stray controls — an escape sequence pasted from a
    /// terminal — are kept: the text is shown, never obeyed (issue 5), so every output
    /// neutralises them (`SafeText` in the dashboard and the command line).
    private static func normalised(_ text: String, fileName: String) throws -> String {
        var out = String.UnicodeScalarView()
        var line = 1
        var previousWasCR = false
        var controls = 0
        var firstControl: (value: UInt32, line: Int)?
        var scalars = Array(text.unicodeScalars)
        while scalars.first == "\u{FEFF}" { scalars.removeFirst() } // a doubled BOM too
        if scalars.last == "\u{1A}" { scalars.removeLast() }
        for scalar in scalars {
            switch scalar.value {
            case 0x0D:
                out.append("\n"); line += 1; previousWasCR = true; continue
            case 0x0A:
                if !previousWasCR { out.append("\n"); line += 1 }
            case 0x09, 0x0B, 0x0C:
                out.append(scalar)
            case 0x00:
                throw MinutesError(file: fileName, message: "not a text file (NUL byte on line \(line))", kind: .notText)
            case 0x01...0x1F, 0x7F, 0x80...0x9F:
                controls += 1
                if firstControl == nil { firstControl = (scalar.value, line) }
                out.append(scalar)
            default:
                out.append(scalar)
            }
            previousWasCR = false
        }
        if let first = firstControl, controls * 20 > max(scalars.count, 1) {
            throw MinutesError(
                file: fileName,
                message: String(format: "not a text file (control characters, the first U+%04X on line %d)", first.value, first.line),
                kind: .notText)
        }
        return String(out)
    }
}
