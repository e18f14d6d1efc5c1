import Foundation

/// Stable keys for derived rows, so owned state survives re-imports and extractor upgrades
/// (DESIGN.md "Derived versus owned data": meeting body + date + normalised sentence).
///
/// Keys are 16 lower-case hex digits of a 64-bit FNV-1a hash; a unique prefix is accepted
/// as an id on the command line (as git does with commit ids).
public enum StableKey {
    /// Key of a follow-up: body, ISO date and the sentence normalised by `normalise`.
    public static func followUp(body: String, date: String, text: String) -> String {
        hex("F|" + body.lowercased() + "|" + date + "|" + normalise(text))
    }

    /// Key of a decision (same scheme as follow-ups, other namespace).
    public static func decision(body: String, date: String, text: String) -> String {
        hex("D|" + body.lowercased() + "|" + date + "|" + normalise(text))
    }

    /// Key of an agenda item: body, ISO date and normalised title.
    public static func item(body: String, date: String, title: String) -> String {
        hex("I|" + body.lowercased() + "|" + date + "|" + normalise(title))
    }

    /// Hash of raw file bytes (16 hex digits), used to tell unchanged files apart.
    public static func contentHash(_ data: Data) -> String {
        fnv1a(data)
    }

    /// FNV-1a over `bytes` as 16 lower-case hex digits (what `String(format: "%016llx")` gives).
    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let digits = Array("0123456789abcdef".utf8)
        let hex = (0..<16).map { k in digits[Int(truncatingIfNeeded: h >> UInt64(60 - 4 * k)) & 0xf] }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Lower-cased, Unicode-NFC, whitespace collapsed, typographic quotes and dashes folded,
    /// trailing punctuation dropped: small edits of layout do not change a key.
    public static func normalise(_ text: String) -> String {
        if let ascii = normaliseASCII(text) { return ascii }
        var out = ""
        var lastWasSpace = true
        let nfc = text.unicodeScalars.allSatisfy(isStableInNFC) ? text : text.precomposedStringWithCanonicalMapping
        for ch in nfc.lowercased() {
            // In NFC text a character equals one of these one-scalar characters exactly when it
            // is that scalar: compare scalars, which is much cheaper than comparing characters.
            let scalar = ch.unicodeScalars.count == 1 ? ch.unicodeScalars.first : nil
            switch scalar {
            case " "?, "\t"?, "\n"?, "\r"?, "\u{00A0}"?:
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            case "\u{2018}"?, "\u{2019}"?, "`"?, "\u{00B4}"?: out.append("'")
            case "\u{201C}"?, "\u{201D}"?, "\u{201E}"?: out.append("\"")
            case "\u{2013}"?, "\u{2014}"?: out.append("-")
            case "\u{00AD}"?: continue
            default: out.append(ch)
            }
            lastWasSpace = false
        }
        while let last = out.last, last == " " || last == "." || last == ";" || last == "," || last == ":" {
            out.removeLast()
        }
        return out
    }

    /// `normalise` of ASCII text, byte by byte (nil when a byte is not ASCII): the same rules
    /// without decoding characters, a fifth of the cost (callgrind, issue 4 "Speed"). ASCII is
    /// NFC and lowercases A–Z only; its one character of two scalars is CR LF, which the
    /// character loop keeps as it is, so it is kept here too.
    private static func normaliseASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var lastWasSpace = true
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard b < 0x80 else { return nil }
                i += 1
                if b == 0x0D, i < bytes.count, bytes[i] == 0x0A {
                    out.append(contentsOf: [0x0D, 0x0A])
                    i += 1
                    lastWasSpace = false
                    continue
                }
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D:
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                    continue
                case 0x60: out.append(0x27)                 // ` -> '
                case 0x41...0x5A: out.append(b | 0x20)      // A-Z -> a-z
                default: out.append(b)
                }
                lastWasSpace = false
            }
            while let last = out.last, last == 0x20 || last == 0x2E || last == 0x3B || last == 0x2C || last == 0x3A {
                out.removeLast()
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True for scalars that NFC leaves alone whatever stands around them: Latin-1 (no combining
    /// marks, no singleton decompositions) and the dashes, quotes and bullets U+2010–U+2027.
    /// Text of only these is already NFC, so Foundation's (slow) normalisation can be skipped.
    private static func isStableInNFC(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x100 || (0x2010...0x2027).contains(s.value)
    }

    private static func hex(_ s: String) -> String {
        fnv1a(s.utf8)
    }
}
