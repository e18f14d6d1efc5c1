import Foundation

/// A cue phrase from a lexicon, compiled for matching against `Token`s.
///
/// Syntax (Resources/*.json): words separated by spaces, matched case-insensitively on whole
/// words; `…` (or `...`) allows up to eight words in between; `*` at the end of a word matches
/// any ending; `<Naam>` matches one to three capitalised words. A word of at most four
/// capitals (`OM`, `ME`) matches only in capitals.
struct Cue: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case word(String, prefix: Bool, exactCase: String?)
        case gap
        case name
    }
    let elements: [Element]
    /// The phrase as written in the lexicon.
    let phrase: String

    /// Compiles `phrase`; `splitHyphens` must match how the text will be tokenised.
    init(_ phrase: String, splitHyphens: Bool = false) {
        self.phrase = phrase
        var els: [Element] = []
        for raw in phrase.split(separator: " ") {
            let w = String(raw)
            if w == "…" || w == "..." { els.append(.gap); continue }
            if w.lowercased() == "<naam>" { els.append(.name); continue }
            let toks = Tokenizer.tokens(w, splitHyphens: splitHyphens)
            for (k, tok) in toks.enumerated() {
                let t = tok.folded
                let prefix = w.hasSuffix("*") && k == toks.count - 1
                let letters = tok.text.filter(\.isLetter)
                let exact = !letters.isEmpty && letters.count <= 4 && letters.allSatisfy(\.isUppercase) ? tok.text : nil
                els.append(.word(t, prefix: prefix, exactCase: exact))
            }
        }
        elements = els
    }

    /// The folded first word, when the cue starts with a plain (non-prefix) word: used to index cues.
    var firstWord: String? {
        if case let .word(w, prefix, _)? = elements.first, !prefix { return w }
        return nil
    }

    /// Number of words the cue needs at least (gaps and names count as zero and one).
    var minimumLength: Int { elements.reduce(0) { $0 + ($1 == .gap ? 0 : 1) } }

    /// The end (exclusive token index) of a match starting at `start`, or nil.
    /// Names take as many capitalised words as they can (up to three).
    func match(_ tokens: [Token], at start: Int, gapStops: Set<String> = []) -> Int? {
        match(tokens, element: 0, at: start, stops: gapStops)
    }

    private func match(_ tokens: [Token], element e: Int, at i: Int, stops: Set<String>) -> Int? {
        if e == elements.count { return i }
        switch elements[e] {
        case .gap:
            var j = i
            while j <= min(tokens.count, i + 8) {
                if let end = match(tokens, element: e + 1, at: j, stops: stops) { return end }
                if j < tokens.count, stops.contains(tokens[j].folded) { return nil }
                j += 1
            }
            return nil
        case .name:
            var n = 0
            while i + n < tokens.count, n < 3, tokens[i + n].isCapitalised { n += 1 }
            while n > 0 {
                if let end = match(tokens, element: e + 1, at: i + n, stops: stops) { return end }
                n -= 1
            }
            return nil
        case let .word(w, prefix, exact):
            guard i < tokens.count else { return nil }
            let t = tokens[i]
            if let exact, t.text != exact { return nil }
            let ok = prefix ? t.folded.hasPrefix(w) : t.folded == w
            return ok ? match(tokens, element: e + 1, at: i + 1, stops: stops) : nil
        }
    }
}

/// A set of cues indexed by their first word, for fast search in long texts.
struct CueSet: Sendable {
    let cues: [Cue]
    private let byFirstWord: [String: [Int]]
    private let unindexed: [Int]
    private let gapStops: Set<String>

    /// Compiles every phrase of `phrases`; a `…` gap never runs across a word of `gapStops`.
    init(_ phrases: [String], splitHyphens: Bool = false, gapStops: Set<String> = []) {
        self.gapStops = gapStops
        cues = phrases.map { Cue($0, splitHyphens: splitHyphens) }.filter { !$0.elements.isEmpty }
        var index: [String: [Int]] = [:]
        var rest: [Int] = []
        for (n, c) in cues.enumerated() {
            if let w = c.firstWord { index[w, default: []].append(n) } else { rest.append(n) }
        }
        byFirstWord = index
        unindexed = rest
    }

    /// Every match: cue index, first token, end token (exclusive), in text order.
    func matches(in tokens: [Token]) -> [(cue: Int, start: Int, end: Int)] {
        var out: [(cue: Int, start: Int, end: Int)] = []
        for i in tokens.indices {
            if let indexed = byFirstWord[tokens[i].folded] {
                for n in indexed {
                    if let end = cues[n].match(tokens, at: i, gapStops: gapStops) { out.append((n, i, end)) }
                }
            }
            for n in unindexed {
                if let end = cues[n].match(tokens, at: i, gapStops: gapStops) { out.append((n, i, end)) }
            }
        }
        return out
    }

    /// True when any cue matches somewhere in `tokens`.
    func matchesAny(_ tokens: [Token]) -> Bool {
        for i in tokens.indices {
            if let indexed = byFirstWord[tokens[i].folded] {
                for n in indexed where cues[n].match(tokens, at: i, gapStops: gapStops) != nil { return true }
            }
            for n in unindexed where cues[n].match(tokens, at: i, gapStops: gapStops) != nil { return true }
        }
        return false
    }

    /// True when the cue set is empty.
    var isEmpty: Bool { cues.isEmpty }
}
