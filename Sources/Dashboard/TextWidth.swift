import Foundation

/// Terminal column width of text, counted per grapheme cluster (a Swift `Character`)
/// with a table of our own — never libc `wcwidth` (wrong for emoji sequences and
/// -1 for everything non-ASCII under a non-UTF-8 locale) nor `Character` count.
///
/// Policy (ISSUE 5 "Text width", NOTES-swift-ncurses.md "Text"):
/// - a cluster whose first scalar is East Asian Wide/Fullwidth (CJK, Hangul, kana,
///   fullwidth forms) or an emoji with default emoji presentation: 2 columns;
/// - a cluster containing U+FE0F (emoji presentation selector), a keycap or a flag
///   (two regional indicators): 2; with U+FE0E (text presentation): 1;
/// - ZWJ sequences (families, professions) are one cluster: the width of their base, 2;
/// - combining marks, enclosing marks, format characters (ZWJ, ZWNJ), variation selectors
///   on their own: 0 (they belong to the previous cluster; a lone one is not drawn);
/// - control characters: 0 (they never reach the canvas: see `SafeText`);
/// - everything else: 1.
public enum TextWidth {
    /// Columns the cluster occupies: 0, 1 or 2.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if ch.utf8.count == 1 { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }   // fast path: ASCII
        if isZeroWidth(first) { return 0 }
        var hasVS16 = false, hasVS15 = false, regional = 0
        for s in scalars {
            switch s.value {
            case 0xFE0F: hasVS16 = true
            case 0xFE0E: hasVS15 = true
            case 0x1F1E6...0x1F1FF: regional += 1
            case 0x20E3: hasVS16 = true            // combining enclosing keycap
            default: break
            }
        }
        if hasVS15 { return 1 }
        if regional >= 2 || hasVS16 { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// Columns of a whole string: the sum over its grapheme clusters.
    public static func of(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    /// The string cut to at most `width` columns; when it had to be cut, the last column
    /// is "…". A wide cluster that would straddle the limit is left out (never half drawn).
    /// - Parameter width: columns available, 0 or more (negative counts as 0).
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        var out = "", used = 0
        for ch in s {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// The string padded with spaces (or truncated with "…") to exactly `width` columns.
    public static func pad(_ s: String, to width: Int) -> String {
        let t = truncate(s, to: width)
        let w = of(t)
        return w < width ? t + String(repeating: " ", count: width - w) : t
    }

    /// True for scalars that take no column of their own: nonspacing, enclosing and
    /// spacing-combining marks, format characters (Cf), variation selectors, ZWJ.
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F,
             0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0xE0000...0xE0FFF:
            return true
        case 0x1160...0x11FF:   // Hangul medial vowels / final consonants (conjoining)
            return true
        default:
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: return true
            default: return false
            }
        }
    }

    /// East Asian Wide/Fullwidth and default-emoji-presentation ranges (Unicode 15),
    /// sorted, as inclusive pairs. Our own table: see the type's documentation.
    static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
        (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
        (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF),
        (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A), (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248),
        (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335),
        (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7),
        (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
        (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]

    /// Binary search in `wideRanges`.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.0 { hi = mid - 1 } else if v > r.1 { lo = mid + 1 } else { return true }
        }
        return false
    }
}
