import Foundation

/// One sentence prepared for extraction: its words, the parties it names and its clauses.
struct SentenceAnalysis {
    let text: String
    let tokens: [Token]
    let mentions: [PartyMention]
    /// Token ranges of the clauses, in order (cut at `;`, `:` and at a conjunction that opens a new clause).
    let clauses: [Range<Int>]

    init(_ text: String, lexicons: Lexicons, body: String) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        mentions = lexicons.compiled.parties.mentions(in: tokens, body: body)
        let c = lexicons.statements.clauses
        var cuts: [Int] = [0]
        let skip = lexicons.statements.parties.skip
        let mentionStarts = Set(mentions.map(\.start))
        let mentionEnds = Set(mentions.map(\.end))
        for i in tokens.indices.dropFirst() {
            let gap = text[tokens[i - 1].range.upperBound..<tokens[i].range.lowerBound]
            if gap.contains(";" as Character) || gap.contains(":" as Character) { cuts.append(i); continue }
            if gap.contains("," as Character), (c.relatives ?? []).contains(tokens[i].folded) { cuts.append(i); continue }
            guard c.conjunctions.contains(tokens[i].folded), i + 1 < tokens.count else { continue }
            if c.clauseStarters.contains(tokens[i + 1].folded) { cuts.append(i); continue }
            // "… aan en de gemeenten stellen …": a new subject after a conjunction, not a list of parties.
            var j = i + 1
            while j < tokens.count, skip.contains(tokens[j].folded), !mentionStarts.contains(j) { j += 1 }
            // A name right after a party ("het parket Oost-Brabant en …") still belongs to that party.
            var k = i
            while k > 0, tokens[k - 1].isCapitalised, !mentionEnds.contains(k) { k -= 1 }
            if mentionStarts.contains(j) || mentionStarts.contains(i + 1), !mentionEnds.contains(i), !mentionEnds.contains(k) { cuts.append(i) }
        }
        var ranges: [Range<Int>] = []
        for (k, start) in cuts.enumerated() {
            let end = k + 1 < cuts.count ? cuts[k + 1] : tokens.count
            if end > start { ranges.append(start..<end) }
        }
        clauses = ranges.isEmpty ? [0..<tokens.count] : ranges
    }

    /// The tokens of `range`.
    func tokens(_ range: Range<Int>) -> [Token] { Array(tokens[range]) }

    /// The text from the first token of `range` to the end of its last token.
    func text(_ range: Range<Int>) -> String {
        guard let f = range.first, let l = range.last, l < tokens.count else { return "" }
        return String(text[tokens[f].range.lowerBound..<tokens[l].range.upperBound])
    }
}

/// Picks the actors of a clause among the parties it names (ANNOTATION.md §5): the subject and
/// its conjuncts (`X en Y`, `X, Y en Z`, `X en van Y`), `door`-agents, both sides of `tussen X en Y`,
/// co-actors after `samen met`; never a conversation partner, recipient, venue or owner
/// (a mention after an excluding preposition: `met`, `aan`, `in`, `van`, ...).
struct ActorFinder {
    let ctx: StatementsFile.PartyContext
    private let coActor: [[String]]

    init(lexicons: Lexicons) {
        ctx = lexicons.statements.parties
        coActor = ctx.coActor.map { $0.split(separator: " ").map { Tokenizer.fold(String($0)) } }
    }

    private enum Status { case actor, forced, excluded, inherit }

    /// The actor mentions of `range` in `s`, in text order.
    func actors(in range: Range<Int>, of s: SentenceAnalysis) -> [PartyMention] {
        let ms = s.mentions.filter { range.contains($0.start) }
        var out: [PartyMention] = []
        var subjectTaken = false
        var lastStatus: (Status, Int)?   // status and end of the previous mention
        var chainOpen = false
        for m in ms {
            var status = classify(m, of: s, from: range.lowerBound)
            if status == .inherit {
                if let (prev, end) = lastStatus, adjacent(end, m.start, s) { status = prev } else { status = .actor }
            }
            if isQualified(m, of: s, from: range.lowerBound), !out.isEmpty {
                // "de voorzitter … als regioburgemeester": the qualification replaces the actor before it.
                out[out.count - 1] = m
                lastStatus = (.actor, m.end)
                continue
            }
            let wasChain = chainOpen && lastStatus.map { adjacent($0.1, m.start, s) } == true
            switch status {
            case .forced:
                out.append(m)
                chainOpen = true
            case .actor:
                if !subjectTaken || wasChain {
                    out.append(m)
                    subjectTaken = true
                    chainOpen = true
                } else {
                    chainOpen = false
                }
            case .excluded, .inherit:
                chainOpen = false
            }
            lastStatus = (status == .actor && !out.contains(m) ? .excluded : status, m.end)
        }
        return out
    }

    /// True when the mention starts with, or follows, a qualifier word (`als`).
    private func isQualified(_ m: PartyMention, of s: SentenceAnalysis, from lower: Int) -> Bool {
        let q = ctx.qualifier ?? []
        let correlative = ctx.correlative ?? []
        if s.tokens[lower..<m.start].contains(where: { correlative.contains($0.folded) }) { return false }
        if q.contains(s.tokens[m.start].folded) { return true }
        return m.start - 1 >= lower && q.contains(s.tokens[m.start - 1].folded)
    }

    /// The words before a mention decide its role.
    private func classify(_ m: PartyMention, of s: SentenceAnalysis, from lower: Int) -> Status {
        var i = m.start - 1
        while i >= lower, ctx.skip.contains(s.tokens[i].folded) || s.tokens[i].folded.allSatisfy(\.isNumber) { i -= 1 }
        guard i >= lower else { return .actor }
        let w = s.tokens[i].folded
        for phrase in coActor where phrase.count <= i - lower + 1 {
            if zip(phrase.reversed(), s.tokens[(i - phrase.count + 1)...i].reversed()).allSatisfy({ $0 == $1.folded }) { return .forced }
        }
        if ctx.between.contains(w) || ctx.agent.contains(w) { return .forced }
        if ctx.conjunction.contains(w) { return .inherit }
        if (ctx.qualifier ?? []).contains(w), s.tokens[lower..<i].contains(where: { (ctx.correlative ?? []).contains($0.folded) }) {
            return .inherit
        }
        if ctx.excluding.contains(w) {
            // "medewerkers van gemeenten en van V&J": a preposition repeated after a conjunction.
            var j = i - 1
            while j >= lower, ctx.skip.contains(s.tokens[j].folded) { j -= 1 }
            if j >= lower, ctx.conjunction.contains(s.tokens[j].folded) { return .inherit }
            return .excluded
        }
        if i + 1 == m.start, punctuationBetween(i, m.start, s) { return .inherit }
        return .actor
    }

    /// True when only a conjunction, a repeated preposition, articles or a comma stand between two mentions.
    private func adjacent(_ end: Int, _ start: Int, _ s: SentenceAnalysis) -> Bool {
        if start < end { return false }
        let between = s.tokens[end..<start]
        let joined = between.contains { ctx.conjunction.contains($0.folded) || ctx.between.contains($0.folded)
            || (ctx.qualifier ?? []).contains($0.folded) }
            || start > 0 && end > 0 && punctuationBetween(end - 1, start, s)
        return joined && between.allSatisfy {
            ctx.conjunction.contains($0.folded) || ctx.skip.contains($0.folded) || ctx.excluding.contains($0.folded)
                || (ctx.qualifier ?? []).contains($0.folded)
                || ctx.between.contains($0.folded)
        } && (start - end) <= 3
    }

    private func punctuationBetween(_ a: Int, _ b: Int, _ s: SentenceAnalysis) -> Bool {
        s.text[s.tokens[a].range.upperBound..<s.tokens[b].range.lowerBound].contains("," as Character)
    }
}
