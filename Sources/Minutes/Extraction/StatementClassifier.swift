import Foundation

/// The kind of one sentence (ANNOTATION.md §0, §5, §6): follow-up and/or decision, and the
/// clauses that carry the follow-up.
struct Classification {
    var isFollowUp = false
    var isDecision = false
    /// Token ranges of the clauses that state the commitment.
    var clauses: [Range<Int>] = []
    /// True for an infinitive task in a decision list (`de voorzitter te mandateren`).
    var isTask = false
    /// True for "Hier zal ook besproken worden …": it only adds to the follow-up before it.
    var isContinuation = false
}

/// Tells follow-ups and decisions apart by the cues of `statements.json` and the line label.
struct StatementClassifier {
    let c: CompiledLexicons
    let meetingDate: String
    let finder: ActorFinder
    let relatives: Set<String>

    init(lexicons: Lexicons, meetingDate: String) {
        c = lexicons.compiled
        relatives = Set(lexicons.statements.clauses.relatives ?? [])
        self.meetingDate = meetingDate
        finder = ActorFinder(lexicons: lexicons)
    }

    func classify(_ s: SentenceAnalysis, label: UnitLabel) -> Classification {
        var out = Classification()
        let all = s.tokens
        let decisionCue = !c.decision.matches(in: all).isEmpty && !c.decisionNot.matchesAny(all)
        switch label {
        case .neither:
            return out
        case .followUp:
            out.isFollowUp = true
            out.clauses = s.clauses
            return out
        case .decision:
            out.isDecision = !c.noDecision.matchesAny(all)
            if let task = c.taskInfinitive.matches(in: all).first,
               s.mentions.contains(where: { $0.start < task.start && Self.isOwn($0.target) }) {
                out.isFollowUp = true
                out.isTask = true
                out.clauses = s.clauses
            }
            return out
        case .both:
            out.isDecision = true
            let excluded = s.clauses.allSatisfy { c.notFollowUp.matchesAny(s.tokens($0)) }
            if !excluded && !c.aim.matchesAny(all) && !c.notFollowUpSentence.matchesAny(all) {
                out.isFollowUp = true
                out.clauses = s.clauses
            }
            return out
        case .plain:
            break
        }
        let reportEnds = (c.report.matches(in: all) + c.promise.matches(in: all)).map(\.end)
        let agreementEnds = c.agreement.matches(in: all).map(\.end)
        var strongClauses: [Range<Int>] = []
        var commitClauses: [Range<Int>] = []
        for r in s.clauses {
            let t = s.tokens(r)
            if c.notFollowUp.matchesAny(t) { continue }
            let strongStarts = c.strong.matches(in: t).map(\.start)
            if let req = c.request.matches(in: t).first, !strongStarts.contains(where: { $0 < req.start }) { continue }
            let strong = !strongStarts.isEmpty
            let embedded = reportEnds.contains { r.contains($0) || $0 <= r.lowerBound }
            let agreed = agreementEnds.contains { r.contains($0) || $0 == r.lowerBound }
            var positive = strong || c.commitment.matchesAny(t) || agreed && !c.aim.matchesAny(t)
            // A decision cue with a present passive and a future time is a decision still to be taken
            // ("wordt in februari door de minister vastgesteld"); otherwise a decision cue keeps the clause a decision.
            let decided = c.decision.matchesAny(t) && !c.agendaReturn.matchesAny(t)
            if !positive, c.passive.matchesAny(t) || c.agendaReturn.matchesAny(t)
                || !decided && (embedded || !finder.actors(in: r, of: s).isEmpty) {
                // A relative clause right after it may carry the time ("…, die voor 1 september gereed is").
                let next = s.clauses.first { $0.lowerBound == r.upperBound }
                let relative = next.flatMap { n in relatives.contains(s.tokens[n.lowerBound].folded) ? n : nil }
                positive = hasFutureDeadline(s, r) || relative.map { hasFutureDeadline(s, r.lowerBound..<$0.upperBound) } == true
            }
            if positive {
                out.clauses.append(r)
                if !agreed { commitClauses.append(r) }
            }
        }
        if c.notFollowUpSentence.matchesAny(all) { out.clauses = [] }
        out.isFollowUp = !out.clauses.isEmpty
        out.isContinuation = out.isFollowUp && c.continuation.matches(in: all).contains { $0.start == 0 }
        if decisionCue {
            // A decision cue inside a commitment ("wordt in het LOVP van februari besloten") is no outcome of this meeting.
            let cueStarts = c.decision.matches(in: all).map(\.start)
            let inCommitment = cueStarts.allSatisfy { p in commitClauses.contains { $0.contains(p) } }
            out.isDecision = !inCommitment || !agreementEnds.isEmpty
        }
        return out
    }

    /// True for a role of the meeting body's own people (chair, secretariat, working group, its regions).
    static func isOwn(_ t: PartyTarget) -> Bool {
        if case let .role(resolve, party, _) = t { return resolve == "body" || resolve == "party" && party != nil }
        return false
    }

    /// True when the clause has a time phrase for after the meeting (a date on or after it,
    /// or a vague future phrase); a date that names an event (`de storing van 14 september`) is not one.
    func hasFutureDeadline(_ s: SentenceAnalysis, _ r: Range<Int>) -> Bool {
        let text = s.text(r)
        guard let d = DeadlineResolver.find(in: text, meetingDate: meetingDate) else { return false }
        if let range = text.range(of: d.dueText) {
            // "de storing van 14 september", "de storingen van april en mei": a date that names an event.
            let before = text[..<range.lowerBound].split(separator: " ").suffix(3).map { Tokenizer.fold(String($0)) }
            if before.contains("van") || before.contains("sinds") { return false }
        }
        guard let due = d.due else { return true }
        return due >= meetingDate
    }
}
