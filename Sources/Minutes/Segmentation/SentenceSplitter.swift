import Foundation

/// A sentence of a `TextUnit`: characters `start..<end` of the unit's text.
struct SentenceSpan: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
}

/// Splits text into sentences (issue 2 point 2): a sentence ends at `.`, `!` or `?` followed by a
/// space and a capital (or the end); never after an abbreviation of the lexicon (`art.`, `d.d.`,
/// `o.a.`, `jl.`), and never inside numbers (`17.40 uur`) or words (`V&J`, `RIEC's`).
struct SentenceSplitter {
    let abbreviations: Set<String>

    init(lexicons: Lexicons) {
        abbreviations = Set(lexicons.bodiesFile.document.abbreviations.map { $0.lowercased() })
    }

    func split(_ text: String) -> [SentenceSpan] {
        let chars = Array(text)
        var out: [SentenceSpan] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, chars[s].isWhitespace { s += 1 }
            while e > s, chars[e - 1].isWhitespace { e -= 1 }
            if e > s { out.append(SentenceSpan(text: String(chars[s..<e]), start: s, end: e)) }
            start = end
        }
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < chars.count, "\"”’')".contains(chars[j]) { j += 1 }
                if j >= chars.count { i = j; continue }
                if chars[j].isWhitespace {
                    var k = j
                    while k < chars.count, chars[k].isWhitespace { k += 1 }
                    let next = k < chars.count ? chars[k] : "A"
                    let opensSentence = next.isUppercase || "\"“‘(".contains(next)
                    if opensSentence && !(c == "." && isAbbreviation(chars, dotAt: i)) {
                        emit(j)
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        emit(chars.count)
        return out
    }

    /// True when the word before the dot at `dot` is an abbreviation (`d.d`, `art`) or a single letter.
    private func isAbbreviation(_ chars: [Character], dotAt dot: Int) -> Bool {
        var s = dot
        while s > 0, !chars[s - 1].isWhitespace, chars[s - 1] != "(" { s -= 1 }
        let word = String(chars[s..<dot]).lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }
        return abbreviations.contains(word)
    }
}
