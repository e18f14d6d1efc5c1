import Foundation

/// Text from minutes is shown, never obeyed (DESIGN.md "Dashboard", ISSUE 5 "Text is shown,
/// never obeyed"): everything drawn by the dashboard, and every line the command line prints,
/// goes through `SafeText` first.
///
/// What it does, scalar by scalar:
/// - an escape sequence — CSI (`ESC [` … final byte, or C1 `U+009B`), OSC (`ESC ]` … BEL
///   or `ESC \`, or C1 `U+009D`), DCS/SOS/PM/APC (`ESC P`/`X`/`^`/`_` … `ESC \`) and
///   two-byte `ESC x` — becomes one visible placeholder `␛` (U+241B);
/// - other C0 controls become their Control Picture (`U+0007` → `␇`), DEL becomes `␡`,
///   other C1 controls become `�`;
/// - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), LRM/RLM/ALM,
///   zero-width space, word joiner, invisible operators, BOM, soft hyphen and interlinear
///   annotation characters are dropped (ZWJ, variation selectors and tag characters are
///   kept: they belong to emoji sequences and draw nothing on their own);
/// - in `line(_:)` tabs, line and paragraph breaks become one space each;
///   in `multiline(_:)` CRLF/CR/U+2028/U+2029/VT/FF become "\n" and a tab becomes a space.
public enum SafeText {
    /// The placeholder shown for an escape sequence.
    public static let escapePlaceholder: Character = "\u{241B}"

    /// A one-line field (title, party, table cell): no control characters, no line breaks.
    public static func line(_ s: String) -> String { clean(s, keepNewlines: false) }

    /// Running text (an item's paragraphs): as `line`, but line breaks kept as "\n".
    public static func multiline(_ s: String) -> String { clean(s, keepNewlines: true) }

    /// JSON text made inert on a terminal without changing its data: every character that
    /// `line(_:)` would drop or replace (controls, C1, bidi and other invisible format
    /// characters, line/paragraph separators) is written as a `\uXXXX` escape. Outside
    /// strings JSON is ASCII, so the result is the same JSON value (RFC 8259 §7).
    public static func json(_ s: String) -> String {
        if isClean(s) { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u.value != 0x0A && u.value != 0x09 && needsWork(u) {
                out += String(format: "\\u%04x", u.value)
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// True when `s` needs no change (the fast path for drawing clean text).
    public static func isClean(_ s: String) -> Bool {
        for u in s.unicodeScalars where needsWork(u) { return false }
        return true
    }

    private static func needsWork(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xAD || isDropped(v)
            || v == 0x2028 || v == 0x2029
    }

    /// Invisible format characters that are dropped.
    private static func isDropped(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    private enum Escape { case none, afterEsc, csi, string, stringEsc }

    private static func clean(_ s: String, keepNewlines: Bool) -> String {
        if isClean(s) { return s }
        var out = String.UnicodeScalarView()
        var state = Escape.none
        var lastWasCR = false
        func put(_ c: Character) { out.append(contentsOf: String(c).unicodeScalars) }
        func newline() { if keepNewlines { out.append("\n") } else { out.append(" ") } }
        for u in s.unicodeScalars {
            let v = u.value
            switch state {
            case .afterEsc:
                switch v {
                case 0x5B: state = .csi                                   // ESC [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string         // ESC ] P X ^ _
                default: state = .none                                     // two-byte ESC x
                }
                continue
            case .csi:
                if (0x40...0x7E).contains(v) || v < 0x20 && v != 0x1B { state = .none }
                if v == 0x1B { state = .afterEsc; put(escapePlaceholder) }
                continue
            case .string:
                if v == 0x07 || v == 0x9C { state = .none } else if v == 0x1B { state = .stringEsc }
                continue
            case .stringEsc:
                state = v == 0x5C ? .none : .string                       // ESC \ ends it
                continue
            case .none:
                break
            }
            defer { lastWasCR = v == 0x0D }
            switch v {
            case 0x1B: state = .afterEsc; put(escapePlaceholder)
            case 0x9B: state = .csi; put(escapePlaceholder)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: state = .string; put(escapePlaceholder)
            case 0x0A: if !lastWasCR { newline() }
            case 0x0D, 0x0B, 0x0C, 0x2028, 0x2029: newline()
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v) ?? "\u{FFFD}")
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            default:
                if !isDropped(v) { out.append(u) }
            }
        }
        return String(out)
    }
}
