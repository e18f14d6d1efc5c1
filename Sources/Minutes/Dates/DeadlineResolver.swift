/// Finds and resolves the deadline phrase of a follow-up sentence (ANNOTATION.md §7 and §9
/// "Several time phrases").
///
/// The grammar (`DeadlinePhrases`, `Periods`, `DutchDates`) finds every time phrase; phrases that
/// are not deadlines are ignored (`tot …`, `sinds …`, `van <datum>`, `d.d.`, `(…)`, `… jl.`, negated
/// `niet vóór …`, past dates without a deadline word); of the rest the last one with a deadline word
/// (`uiterlijk`, `voor`/`vóór`, `per`) is taken, else the last one: the one of completion
/// (`niet vóór X, maar Y` -> Y).
public enum DeadlineResolver {
    /// Finds the time phrase of `sentence` and resolves it against the meeting date.
    /// - Parameters:
    ///   - sentence: one follow-up sentence (or table row).
    ///   - meetingDate: the meeting date, ISO `YYYY-MM-DD` (the reference of every phrase).
    /// - Returns: the deadline (`due` ISO or nil when vague, `dueText` the phrase as written, without
    ///   `nog`/`vervolgens`), or nil when the sentence has no time phrase or the date is not ISO.
    public static func find(in sentence: String, meetingDate: String) -> Deadline? {
        guard let meeting = CivilDate(iso: meetingDate) else { return nil }
        let tokens = DateTokens.tokenize(sentence)
        let grammar = DeadlinePhrases(p: PeriodParser(t: tokens, meeting: meeting))
        var last: Deadline?
        var lastWithDeadlineWord: Deadline?
        var i = 0
        while i < tokens.count {
            guard let phrase = grammar.phrase(at: i), phrase.end > i else { i += 1; continue }
            if !isIgnored(phrase, tokens), let due = resolve(phrase.value, meeting: meeting, strong: phrase.strong) {
                let range = tokens[phrase.start].range.lowerBound..<tokens[phrase.end - 1].range.upperBound
                last = Deadline(due: due.date?.iso, dueText: String(sentence[range]))
                if phrase.strong { lastWithDeadlineWord = last }
            }
            i = phrase.end
        }
        // A phrase with a deadline word (`uiterlijk`, `vóór`, `per`) names the completion; other phrases
        // in the same sentence often describe the object (`de evenementen in 2025`) or an embedded clause.
        return lastWithDeadlineWord ?? last
    }

    /// A phrase's due date: `date` nil for a vague phrase.
    private struct Due { var date: CivilDate? }

    /// The due date of a phrase, or nil for a phrase to ignore (a past date without a deadline word).
    private static func resolve(_ value: DeadlinePhrases.Value, meeting: CivilDate, strong: Bool) -> Due? {
        switch value {
        case .vague:
            return Due(date: nil)
        case .fixed(let date, let explicitYear):
            if explicitYear && !strong && date < meeting { return nil }
            return Due(date: date)
        case .yearly(let make):
            // Year rule: the meeting's year, or the next year when that date lies before the meeting.
            if let date = make(meeting.year), date >= meeting { return Due(date: date) }
            return make(meeting.year + 1).map { Due(date: $0) }
        }
    }

    /// Words before a phrase that make it a reference, a start, a limit or a negation, not a deadline.
    private static let ignoringBefore: Set<String> = ["niet", "sinds", "sedert", "tot", "van", "afgelopen", "vorige", "vorig",
                                                      "dd", "dato", "gedateerd", "("]

    private static func isIgnored(_ phrase: DeadlinePhrases.Phrase, _ t: [DateToken]) -> Bool {
        let s = phrase.start, e = phrase.end
        if s > 0, ignoringBefore.contains(t[s - 1].folded) { return true }
        if s > 1, t[s - 1].folded == ".", t[s - 2].folded == "d" { return true } // d.d.
        if s > 2, t[s - 1].folded == "met", t[s - 2].folded == "en", t[s - 3].folded == "tot" { return true }
        if s > 1, t[s - 1].folded == "dan", ["langer", "eerder"].contains(t[s - 2].folded) { return true }
        if e < t.count, ["jl", "jongstleden", "j"].contains(t[e].folded) { return true }
        if e + 1 < t.count, t[e].folded == ".", ["jl", "j"].contains(t[e + 1].folded) { return true }
        return false
    }
}
