/// A word, number or punctuation mark of a sentence, with its place in the original string.
struct DateToken: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// Lower case, diacritics folded (`Vóór` -> `voor`).
    var folded: String
    /// The text as written.
    var text: Substring
    var range: Range<String.Index>
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool

    var number: Int? { kind == .number ? Int(folded) : nil }
    var digitCount: Int { kind == .number ? folded.count : 0 }
}

/// Splits a sentence into tokens for the date and deadline grammars (works on Unicode scalars;
/// ranges are valid indices of the original string).
enum DateTokens {
    static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        var sawSpace = true
        while i < scalars.endIndex {
            let c = scalars[i]
            if isSpace(c) { sawSpace = true; i = scalars.index(after: i); continue }
            var end = scalars.index(after: i)
            let kind: DateToken.Kind
            if isDigit(c) {
                while end < scalars.endIndex, isDigit(scalars[end]) { end = scalars.index(after: end) }
                kind = .number
            } else if isLetter(c) {
                // Letters, digits after letters (`Q4`), and an apostrophe inside a word (`regio's`).
                while end < scalars.endIndex {
                    let d = scalars[end]
                    if isLetter(d) || isDigit(d) || isMark(d) { end = scalars.index(after: end); continue }
                    if d == "'" || d == "’" {
                        let next = scalars.index(after: end)
                        if next < scalars.endIndex, isLetter(scalars[next]) { end = next; continue }
                    }
                    break
                }
                kind = .word
            } else {
                kind = .punct
            }
            // A combining mark belongs to the token before it, so token ranges stay on character boundaries.
            while end < scalars.endIndex, isMark(scalars[end]) { end = scalars.index(after: end) }
            tokens.append(DateToken(kind: kind, folded: fold(scalars[i..<end]), text: s[i..<end], range: i..<end, spaceBefore: sawSpace))
            i = end
            sawSpace = false
        }
        return tokens
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    /// Lower case without diacritics (precomposed or combining); typographic dashes and apostrophes made plain.
    static func fold(_ s: Substring) -> String { fold(s.unicodeScalars) }

    static func fold(_ s: Substring.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s {
            let v = scalar.value
            if v < 128 {
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : scalar)
                continue
            }
            if isMark(scalar) { continue } // `e` + U+0301 folds like `é`
            switch scalar {
            case "á", "à", "ä", "â", "Á", "À", "Ä", "Â": out.append("a")
            case "é", "è", "ë", "ê", "É", "È", "Ë", "Ê": out.append("e")
            case "í", "ì", "ï", "î", "Í", "Ì", "Ï", "Î": out.append("i")
            case "ó", "ò", "ö", "ô", "Ó", "Ò", "Ö", "Ô": out.append("o")
            case "ú", "ù", "ü", "û", "Ú", "Ù", "Ü", "Û": out.append("u")
            case "–", "—", "‐", "‑": out.append("-")
            case "’", "‘": out.append("'")
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }
}
