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

/// Splits a sentence into tokens for the date and deadline grammars.
enum DateTokens {
    static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = s.startIndex
        var sawSpace = true
        while i < s.endIndex {
            let c = s[i]
            if c.isWhitespace { sawSpace = true; i = s.index(after: i); continue }
            if c.isNumber && c.isASCII {
                let end = s[i...].firstIndex { !($0.isNumber && $0.isASCII) } ?? s.endIndex
                tokens.append(make(.number, s, i..<end, sawSpace))
                i = end
            } else if c.isLetter {
                // Letters, digits after letters (`Q4`), and an apostrophe inside a word (`regio's`).
                var end = s.index(after: i)
                while end < s.endIndex {
                    let d = s[end]
                    if d.isLetter || (d.isNumber && d.isASCII) { end = s.index(after: end); continue }
                    if d == "'" || d == "’", s.index(after: end) < s.endIndex, s[s.index(after: end)].isLetter {
                        end = s.index(after: end); continue
                    }
                    break
                }
                tokens.append(make(.word, s, i..<end, sawSpace))
                i = end
            } else {
                let end = s.index(after: i)
                tokens.append(make(.punct, s, i..<end, sawSpace))
                i = end
            }
            sawSpace = false
        }
        return tokens
    }

    private static func make(_ kind: DateToken.Kind, _ s: String, _ r: Range<String.Index>, _ space: Bool) -> DateToken {
        DateToken(kind: kind, folded: fold(s[r]), text: s[r], range: r, spaceBefore: space)
    }

    /// Lower case without diacritics; typographic dashes and apostrophes made plain.
    static func fold(_ s: Substring) -> String {
        var out = ""
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "á", "à", "ä", "â": out += "a"
            case "é", "è", "ë", "ê": out += "e"
            case "í", "ì", "ï", "î": out += "i"
            case "ó", "ò", "ö", "ô": out += "o"
            case "ú", "ù", "ü", "û": out += "u"
            case "–", "—", "‐", "‑": out += "-"
            case "’", "‘": out += "'"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
