import Foundation

/// What a party mention names: a canonical party, or a role resolved in context (ANNOTATION.md §5).
enum PartyTarget: Sendable, Hashable {
    case party(String)
    /// `resolve` is `minister`, `body`, `author`, `antecedent` or `party`; `party`/`fallback` as in the lexicon.
    case role(resolve: String, party: String?, fallback: String?)
}

/// A party named in a token list: tokens `start..<end`.
struct PartyMention: Sendable, Hashable {
    var start: Int
    var end: Int
    var target: PartyTarget
}

/// Finds party variants and roles in text: longest match first, case-insensitive
/// (short all-capital acronyms exactly), per PARTIES.md.
struct PartyMatcher: Sendable {
    private struct Variant: Sendable {
        var cue: Cue
        var target: PartyTarget
        /// The bodies a role is limited to, folded (`Tokenizer.fold`) once here.
        var bodies: Set<String>?
    }
    private let variants: [Variant]
    private let byFirstWord: [String: [Int]]
    private let unindexed: [Int]
    /// Canonical names `de minister` may resolve to.
    let ministers: Set<String>
    /// Parties that are only ever addressed; value: the role that acts for them when informed.
    let recipients: [String: String?]
    private let authors: [(cues: CueSet, party: String)]
    /// The `default` party of each role kind (`minister` → the lexicon's default minister).
    let roleDefaults: [String: String]

    init(_ file: PartiesFile) {
        var vs: [Variant] = []
        for p in file.parties {
            for v in p.variants { vs.append(Variant(cue: Cue(v), target: .party(p.name), bodies: nil)) }
        }
        for r in file.roles ?? [] {
            let t = PartyTarget.role(resolve: r.resolve, party: r.party, fallback: r.default)
            for v in r.variants { vs.append(Variant(cue: Cue(v), target: t, bodies: r.bodies.map { Set($0.map(Tokenizer.fold)) })) }
        }
        variants = vs.filter { !$0.cue.elements.isEmpty }
        var index: [String: [Int]] = [:]
        var rest: [Int] = []
        for (n, v) in variants.enumerated() {
            if let w = v.cue.firstWord { index[w, default: []].append(n) } else { rest.append(n) }
        }
        byFirstWord = index
        unindexed = rest
        ministers = Set(file.ministers ?? [])
        var rec: [String: String?] = [:]
        for p in file.parties where p.recipientOnly == true { rec[p.name] = p.informedBy }
        recipients = rec
        authors = (file.authors ?? []).map { (CueSet($0.variants), $0.party) }
        var defaults: [String: String] = [:]
        for r in file.roles ?? [] { if let d = r.default, defaults[r.resolve] == nil { defaults[r.resolve] = d } }
        roleDefaults = defaults
    }

    /// The mentions in `tokens`, in text order, without overlaps (the longest variant wins;
    /// at equal length a role limited to `body` wins over a plain variant).
    func mentions(in tokens: [Token], body: String) -> [PartyMention] {
        var found: [(start: Int, end: Int, scoped: Bool, target: PartyTarget)] = []
        let folded = Tokenizer.fold(body)
        func consider(_ n: Int, _ i: Int) {
            if let bodies = variants[n].bodies, !bodies.contains(folded) { return }
            if let end = variants[n].cue.match(tokens, at: i) { found.append((i, end, variants[n].bodies != nil, variants[n].target)) }
        }
        for i in tokens.indices {
            if let indexed = byFirstWord[tokens[i].folded] { for n in indexed { consider(n, i) } }
            for n in unindexed { consider(n, i) }
        }
        found.sort { a, b in
            let la = a.end - a.start, lb = b.end - b.start
            if la != lb { return la > lb }
            if a.scoped != b.scoped { return a.scoped }
            return a.start < b.start
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var out: [PartyMention] = []
        for f in found where !(f.start..<f.end).contains(where: { taken[$0] }) {
            for k in f.start..<f.end { taken[k] = true }
            out.append(PartyMention(start: f.start, end: f.end, target: f.target))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The party `ik`/`wij` stand for, from signatory lines (the `Van:` line, the signature).
    func author(in lines: [String]) -> String? {
        for line in lines {
            let toks = Tokenizer.tokens(line)
            for a in authors where a.cues.matchesAny(toks) { return a.party }
        }
        return nil
    }
}
