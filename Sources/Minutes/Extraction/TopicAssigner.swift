import Foundation

/// Topics of an agenda item from the topic lexicon (ANNOTATION.md §4: what the item is about,
/// not what it mentions in passing): every topic whose cues occur in the title; when the title
/// has none, the one topic with most cues in the item's text; else (none, or a tie) the
/// lexicon's fallback (`overig`).
struct TopicAssigner {
    let c: CompiledLexicons

    init(lexicons: Lexicons) { c = lexicons.compiled }

    func topics(title: String, text: String) -> [String] {
        let titleTokens = Tokenizer.tokens(title, splitHyphens: true)
        let inTitle = c.topicCues.filter { $0.cues.matchesAny(titleTokens) }.map(\.id)
        if !inTitle.isEmpty { return inTitle }
        let textTokens = Tokenizer.tokens(text, splitHyphens: true)
        let counts = c.topicCues.map { (id: $0.id, n: $0.cues.matches(in: textTokens).count) }
        guard let top = counts.map(\.n).max(), top > 0 else { return [c.fallbackTopic] }
        let best = counts.filter { $0.n == top }
        // No single topic stands out in the text: the item is about something else.
        return best.count == 1 ? [best[0].id] : [c.fallbackTopic]
    }
}

/// A short title for an untitled paragraph (ANNOTATION.md §3): the noun phrase its first
/// sentence starts with (`De jaarverantwoording politie 2016 is vastgesteld.` →
/// `Jaarverantwoording politie 2016`), after a lead-in such as `Ten aanzien van`; a long phrase
/// loses its articles and `van de` (`Begroting 2020 en meerjarenraming politie`).
struct TitleMaker {
    let doc: BodiesFile.Document

    init(lexicons: Lexicons) { doc = lexicons.bodiesFile.document }

    func title(from sentence: String) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        let folded = { (w: String) in Tokenizer.fold(w.trimmingCharacters(in: .punctuationCharacters)) }
        for lead in doc.titleLeadIns {
            let l = lead.split(separator: " ").map(String.init)
            if words.count > l.count, zip(words, l).allSatisfy({ folded($0) == $1 }) {
                words.removeFirst(l.count)
                break
            }
        }
        var phrase: [String] = []
        for w in words {
            if doc.titleStopWords.contains(folded(w)) || w.hasSuffix(",") && !phrase.isEmpty { 
                if w.hasSuffix(",") { phrase.append(String(w.dropLast())) }
                break
            }
            phrase.append(w)
            if w.hasSuffix(".") || w.hasSuffix(":") { break }
        }
        while let f = phrase.first, doc.titleDropWords.contains(folded(f)) { phrase.removeFirst() }
        if phrase.count > 6 {
            var kept: [String] = []
            var i = 0
            while i < phrase.count {
                let pair = i + 1 < phrase.count ? folded(phrase[i]) + " " + folded(phrase[i + 1]) : ""
                if doc.titleDropWords.contains(pair) { i += 2; continue }
                if doc.titleDropWords.contains(folded(phrase[i])) { i += 1; continue }
                kept.append(phrase[i])
                i += 1
            }
            phrase = kept
        }
        if phrase.count > 8 { phrase = Array(phrase.prefix(8)) }
        var t = phrase.joined(separator: " ")
        while let l = t.last, ".,;:".contains(l) { t.removeLast() }
        guard let first = t.first else { return sentence }
        return first.uppercased() + t.dropFirst()
    }
}
