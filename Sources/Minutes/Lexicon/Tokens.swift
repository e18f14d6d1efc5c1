import Foundation

/// A word of a text, with its place in the text.
struct Token: Sendable, Hashable {
    /// The word as written.
    var text: String
    /// Lower-cased, typographic apostrophes folded to `'`: what cues compare against.
    var folded: String
    /// Where the word stands in the tokenised string.
    var range: Range<String.Index>

    /// True when the word starts with an upper-case letter (names, `<Naam>` placeholders).
    var isCapitalised: Bool { text.first?.isUppercase ?? false }
}

/// Splits text into words for cue and party matching.
enum Tokenizer {
    /// Words of `text`: runs of letters, digits and `'’&-()`, plus `►` on its own; every other
    /// character separates words. Brackets are kept only when both halves are in the word
    /// (`(regio)burgemeesters`).
    /// - Parameters:
    ///   - text: any text.
    ///   - splitHyphens: also split at `-` and `/` (used for topic cues: `COA-locaties` → `coa`, `locaties`).
    static func tokens(_ text: String, splitHyphens: Bool = false) -> [Token] {
        var out: [Token] = []
        var start: String.Index?
        var i = text.startIndex
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            start = nil
            var lo = s, hi = end
            var word = text[lo..<hi]
            if word.first == "(" && word.last == ")" && word.count > 2 {
                lo = text.index(after: lo); hi = text.index(before: hi); word = text[lo..<hi]
            }
            if word.first == "(" && !word.contains(")" as Character) { lo = text.index(after: lo); word = text[lo..<hi] }
            if word.last == ")" && !word.contains("(" as Character) { hi = text.index(before: hi); word = text[lo..<hi] }
            while let l = word.last, l == "-" && word.count > 1 && splitHyphens { hi = text.index(before: hi); word = text[lo..<hi] }
            guard !word.isEmpty, word.contains(where: { $0.isLetter || $0.isNumber || $0 == "&" }) else { return }
            out.append(Token(text: String(word), folded: fold(String(word)), range: lo..<hi))
        }
        while i < text.endIndex {
            let c = text[i]
            if c == "►" {
                flush(i)
                let next = text.index(after: i)
                out.append(Token(text: "►", folded: "►", range: i..<next))
            } else if isWordCharacter(c, splitHyphens: splitHyphens) {
                if start == nil { start = i }
            } else {
                flush(i)
            }
            i = text.index(after: i)
        }
        flush(text.endIndex)
        return out
    }

    /// Lower-cases and folds `’ ‘ `` ` `` to `'`.
    static func fold(_ s: String) -> String {
        var r = s.lowercased()
        // Scalars first (cheap); only a string that holds one of the quotes maps its characters.
        if r.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "`" }),
           r.contains(where: { $0 == "’" || $0 == "‘" || $0 == "`" }) {
            r = String(r.map { $0 == "’" || $0 == "‘" || $0 == "`" ? "'" : $0 })
        }
        return r
    }

    private static func isWordCharacter(_ c: Character, splitHyphens: Bool) -> Bool {
        // ASCII first: the Unicode property look-ups of `isLetter`/`isNumber` are the slow part.
        if c.utf8.count == 1, let a = c.asciiValue {
            if (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) { return true }
        } else if c.isLetter || c.isNumber { return true }
        switch c {
        case "'", "’", "&", "(", ")": return true
        case "-": return !splitHyphens
        default: return false
        }
    }
}
