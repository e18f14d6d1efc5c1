/// Undoes hyphenation at line ends (used by `LineCleaner`; issue 3 "hyphenation at line ends
/// undone without breaking real compounds").
enum Hyphenation {
    /// Whole words that keep their hyphen before a lower-case part (`ex-minister`, `oud-burgemeester`,
    /// `niet-westers`, `e-mail`); Dutch spelling, not domain vocabulary.
    static let hyphenPrefixes: Set<String> = ["ex", "oud", "niet", "anti", "vice", "non", "e", "x", "semi", "pseudo"]
    /// Words after a line-end hyphen that make it a suspended compound (`wet-` / `en regelgeving`).
    static let conjunctions: Set<String> = ["en", "of", "tot", "noch", "als", "t/m", "&"]
    /// Letter pairs that Dutch spelling separates with a hyphen in a compound because they would
    /// read as one sound (`politie-eenheid`, `auto-ongeluk`, `politie-inzet`).
    private static let digraphs: Set<String> = ["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu", "ij"]

    /// Moves the first word of the next content line up onto a line ending in `letter-`.
    /// The next line keeps its indentation; it is dropped when nothing else is left on it.
    /// A continuation may follow directly or after dropped furniture (a gap in line numbers)
    /// with blank lines around it.
    static func join(_ input: [SourceLine]) -> [SourceLine] {
        var lines = input
        var removed = Set<Int>()
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard !removed.contains(i), let prefixWord = hyphenatedWord(lines[i].text),
                  let next = continuationIndex(after: i, lines) else { continue }
            let text = lines[next].text
            let indent = text.prefix { $0 == " " || $0 == "\t" }
            let body = text.dropFirst(indent.count)
            let fragment = body.prefix { !$0.isWhitespace }
            guard let firstChar = fragment.first, firstChar.isLetter else { continue }
            let firstWord = String(fragment.prefix { $0.isLetter || $0 == "/" || $0 == "&" }).lowercased()
            if conjunctions.contains(firstWord) { continue }
            // A soft hyphen (U+00AD) only marks where the word was broken: it always goes.
            let keepHyphen = lines[i].text.hasSuffix("\u{AD}") ? false : keepsHyphen(prefixWord: prefixWord, fragment: fragment)
            var joined = lines[i].text
            if !keepHyphen { joined.removeLast() }
            joined += fragment
            lines[i].text = joined
            let rest = body.dropFirst(fragment.count).drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty {
                removed.insert(next)
                // The rows between stay; the emptied line disappears.
            } else {
                lines[next].text = String(indent) + rest
            }
        }
        return lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// The word before a final hyphen when the line ends in `<letter>-`; nil for a dash after a space.
    static func hyphenatedWord(_ text: String) -> Substring? {
        guard text.hasSuffix("-") || text.hasSuffix("\u{2010}") || text.hasSuffix("\u{AD}") else { return nil }
        let withoutHyphen = text.dropLast()
        guard let last = withoutHyphen.last, last.isLetter || last.isNumber else { return nil }
        let word = withoutHyphen.reversed().prefix { !$0.isWhitespace && $0 != "(" && $0 != "\"" && $0 != "“" }
        return Substring(String(word.reversed()))
    }

    /// The next line with text: the very next line, or across a page break (a gap in the
    /// original line numbers) with only blank lines between.
    private static func continuationIndex(after i: Int, _ lines: [SourceLine]) -> Int? {
        var j = i + 1
        var crossedGap = false
        while j < lines.count {
            if lines[j].number != lines[j - 1].number + 1 { crossedGap = true }
            if !lines[j].text.allSatisfy(\.isWhitespace) {
                return (j == i + 1 || crossedGap) ? j : nil
            }
            j += 1
        }
        return nil
    }

    /// True for a real compound: the continuation starts with a capital or digit, the part before
    /// is an abbreviation (`COA-`), a number, a known prefix word, already hyphenated, or the two
    /// letters would read as one sound (`politie-` / `eenheid`).
    static func keepsHyphen(prefixWord: Substring, fragment: Substring) -> Bool {
        guard let first = fragment.first, let lastOfPrefix = prefixWord.last else { return true }
        if first.isUppercase || first.isNumber { return true }
        let letters = prefixWord.filter(\.isLetter)
        if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return true }
        if prefixWord.contains(where: \.isNumber) || prefixWord.contains("-" as Character) { return true }
        if hyphenPrefixes.contains(prefixWord.lowercased()) { return true }
        return digraphs.contains(lastOfPrefix.lowercased() + first.lowercased())
    }
}
