import Foundation

/// Extracts the follow-ups and decisions of one agenda item: sentence by sentence, the kind
/// (`StatementClassifier`), the parties (ANNOTATION.md §5) and the deadline (`DeadlineResolver`).
struct ItemExtractor {
    let lex: Lexicons
    let header: MeetingHeader
    let splitter: SentenceSplitter
    let classifier: StatementClassifier
    let finder: ActorFinder

    init(lexicons: Lexicons, header: MeetingHeader) {
        lex = lexicons
        self.header = header
        splitter = SentenceSplitter(lexicons: lexicons)
        classifier = StatementClassifier(lexicons: lexicons, meetingDate: header.date)
        finder = ActorFinder(lexicons: lexicons)
    }

    func extract(_ seg: Segment) -> (followUps: [FollowUp], decisions: [Decision]) {
        let resolver = PartyResolver(lexicons: lex, header: header,
                                     itemText: ([seg.title] + seg.units.map(\.text)).joined(separator: " "))
        var followUps: [FollowUp] = []
        var decisions: [Decision] = []
        var previousActors: [String]?
        for unit in seg.units {
            for (k, sentence) in splitter.split(unit.text).enumerated() {
                // A sentence that only introduces a list ("Het Veiligheidsberaad besluit:") states nothing itself.
                if sentence.text.hasSuffix(":") { continue }
                var label = unit.label == .followUp && k > 0 && unit.tableWho == nil ? .plain : unit.label
                let owner = ownerMarker(in: sentence.text)
                if owner != nil, label == .plain { label = .followUp }
                let a = SentenceAnalysis(sentence.text, lexicons: lex, body: header.body)
                let kind = classifier.classify(a, label: label)
                let lines = unit.lines(from: sentence.start, to: sentence.end)
                if kind.isDecision {
                    decisions.append(Decision(id: StableKey.decision(body: header.body, date: header.date, text: sentence.text),
                                              text: sentence.text, lines: lines))
                }
                guard kind.isFollowUp else { previousActors = nil; continue }
                if kind.isContinuation && previousActors != nil { continue }
                let groups = unit.tableWho == nil && owner == nil ? actorGroups(a, kind, resolver: resolver) : []
                if groups.count > 1 {
                    // Independent commitments with different actors in one sentence: one follow-up each (ANNOTATION.md §5).
                    for (n, g) in groups.enumerated() {
                        var sub = kind
                        sub.clauses = g
                        let lo = n == 0 ? a.text.startIndex : a.tokens[g[0].lowerBound].range.lowerBound
                        let hi = n == groups.count - 1 ? a.text.endIndex : a.tokens[g[g.count - 1].upperBound - 1].range.upperBound
                        let text = String(a.text[lo..<hi]).trimmingBlanks
                        let start = sentence.start + a.text.distance(from: a.text.startIndex, to: lo)
                        let end = sentence.start + a.text.distance(from: a.text.startIndex, to: hi)
                        let parties = actors(a, kind: sub, resolver: resolver, previous: previousActors)
                        previousActors = parties
                        let deadline = DeadlineResolver.find(in: scopeText(a, g), meetingDate: header.date)
                        followUps.append(FollowUp(id: StableKey.followUp(body: header.body, date: header.date, text: text),
                                                  text: text, parties: parties, due: deadline?.due, dueText: deadline?.dueText,
                                                  lines: unit.lines(from: start, to: end)))
                    }
                    continue
                }
                var parties = actors(a, kind: kind, resolver: resolver, previous: previousActors)
                if let who = unit.tableWho ?? owner {
                    let fromCell = names(in: who, resolver: resolver)
                    if !fromCell.isEmpty { parties = fromCell }
                }
                previousActors = parties
                let deadline = unit.tableWhen.flatMap { DeadlineResolver.find(in: $0, meetingDate: header.date) }
                    ?? DeadlineResolver.find(in: scopeText(a, kind.clauses), meetingDate: header.date)
                    ?? kind.clauses.first.flatMap { DeadlineResolver.find(in: a.text($0.lowerBound..<a.tokens.count), meetingDate: header.date) }
                followUps.append(FollowUp(id: StableKey.followUp(body: header.body, date: header.date, text: sentence.text),
                                          text: sentence.text, parties: parties, due: deadline?.due,
                                          dueText: deadline?.dueText, lines: lines))
            }
        }
        return (followUps, decisions)
    }

    /// Commitment clauses grouped by their own actors: a clause that names actors other than the
    /// group before it starts a new group; a clause without actors joins the group before it.
    private func actorGroups(_ a: SentenceAnalysis, _ kind: Classification, resolver: PartyResolver) -> [[Range<Int>]] {
        guard kind.clauses.count > 1, !kind.isTask else { return [] }
        var groups: [[Range<Int>]] = []
        var lastActors: Set<String> = []
        for r in kind.clauses {
            let names = Set(finder.actors(in: r, of: a).compactMap { resolver.resolve($0.target, antecedent: nil) })
            if !names.isEmpty, !groups.isEmpty, names != lastActors, !names.isSubset(of: lastActors) {
                groups.append([r])
            } else if groups.isEmpty {
                groups.append([r])
            } else {
                groups[groups.count - 1].append(r)
            }
            if !names.isEmpty { lastActors = names }
        }
        return groups
    }

    /// The text from the first to the last commitment clause (where the deadline is looked for).
    private func scopeText(_ a: SentenceAnalysis, _ clauses: [Range<Int>]) -> String {
        guard let f = clauses.first?.lowerBound, let l = clauses.last?.upperBound, l > f else { return a.text }
        return a.text(f..<l)
    }

    /// The owner in a marker that closes a sentence, `(actie: HOvJ)` (ANNOTATION.md §9): the text
    /// after an action label or a `Wie` column word inside brackets.
    private func ownerMarker(in sentence: String) -> String? {
        guard let open = sentence.lastIndex(of: "("), let close = sentence[open...].firstIndex(of: ")"),
              let colon = sentence[open..<close].firstIndex(of: ":") else { return nil }
        let label = Tokenizer.fold(sentence[sentence.index(after: open)..<colon].trimmingBlanks)
        let words = lex.statements.labels.followUp + lex.bodiesFile.document.tableColumns.who
        guard words.contains(label) else { return nil }
        let who = sentence[sentence.index(after: colon)..<close].trimmingBlanks
        return who.isEmpty ? nil : who
    }

    /// Every party named in a table cell (`Wie`), resolved.
    private func names(in cell: String, resolver: PartyResolver) -> [String] {
        let toks = Tokenizer.tokens(cell)
        var out: [String] = []
        for m in lex.compiled.parties.mentions(in: toks, body: header.body) {
            if let n = resolver.resolve(m.target, antecedent: out.last), !out.contains(n) { out.append(n) }
        }
        return out
    }

    /// The actors of a follow-up sentence (ANNOTATION.md §5).
    private func actors(_ a: SentenceAnalysis, kind: Classification, resolver: PartyResolver, previous: [String]?) -> [String] {
        var out: [String] = []
        var recipients: [String] = []
        func add(_ ms: [PartyMention]) -> Bool {
            var any = false
            for m in ms {
                guard let n = resolver.resolve(m.target, antecedent: out.last ?? previous?.last) else { continue }
                if resolver.isRecipient(n) { recipients.append(n); continue }
                any = true
                if !out.contains(n) { out.append(n) }
            }
            return any
        }
        if kind.isTask {
            // A task for the body's own members, staff or working groups.
            let taskStart = lex.compiled.taskInfinitive.matches(in: a.tokens).first?.start ?? a.tokens.count
            _ = add(a.mentions.filter { $0.start < taskStart && StatementClassifier.isOwn($0.target) })
            return out.isEmpty ? [header.body] : out
        }
        let c = lex.compiled
        let cuts = (c.promise.matches(in: a.tokens) + c.report.matches(in: a.tokens)).sorted { $0.start < $1.start }
        var earlierActors: [String] = []
        for r in kind.clauses {
            var found = false
            if let cut = cuts.first(where: { r.contains($0.start) || r.contains($0.end) }) {
                let isPromise = c.promise.matches(in: a.tokens).contains { $0.start == cut.start }
                let before = finder.actors(in: r.lowerBound..<cut.start, of: a)
                let after = finder.actors(in: cut.end..<max(cut.end, r.upperBound), of: a)
                if isPromise { found = add(before) }
                found = add(after) || found
                if !found { found = add(before) }
            } else {
                found = add(finder.actors(in: r, of: a))
            }
            if found { earlierActors = out; continue }
            if c.agendaReturn.matchesAny(a.tokens(r)) {
                if !out.contains(header.body) { out.append(header.body) }
            } else if let rec = recipients.last, let who = resolver.informer(of: rec) {
                if !out.contains(who) { out.append(who) }
            } else if let prior = a.clauses.filter({ $0.upperBound <= r.lowerBound }).last,
                      case let ms = finder.actors(in: 0..<prior.upperBound, of: a), !ms.isEmpty {
                _ = add(Array(ms.prefix(1)))
            } else if !earlierActors.isEmpty {
                continue
            } else if let previous, !previous.isEmpty {
                for p in previous where !out.contains(p) { out.append(p) }
            } else if !out.contains(header.body) {
                out.append(header.body)
            }
        }
        return out.isEmpty ? [header.body] : out
    }
}
