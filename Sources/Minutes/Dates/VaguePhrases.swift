/// Vague and event-bound time phrases of ANNOTATION.md §7 (`due` nil, `dueText` kept):
/// `op korte termijn`, `zo snel mogelijk`, `binnenkort`, `de komende jaren`, `zodra …`,
/// `in de volgende vergadering`, `volgend LOVP`, `na <gebeurtenis>`, `in dat overleg`.
extension DeadlinePhrases {
    private static let clauseEnd: Set<String> = [".", ",", ";", ":", "(", ")", "!", "?"]

    /// A vague phrase at `i`, or nil.
    func vague(at i: Int) -> Phrase? {
        for words in CalendarWords.vaguePhrases {
            if let k = p.match(i, words) { return Phrase(start: i, end: k, value: .vague, strong: false) }
        }
        if let k = p.match(i, anyOf: [["de", "komende"], ["in", "de", "komende"]]), let w = word(k), CalendarWords.comingSpans.contains(w) {
            return Phrase(start: i, end: k + 1, value: .vague, strong: false)
        }
        if let w = word(i), w == "zodra" || w == "nadat" || (w == "zo" && word(i + 1) == "gauw") {
            var j = i + 1
            while j < t.count, !Self.clauseEnd.contains(t[j].folded) { j += 1 }
            return j > i + 1 ? Phrase(start: i, end: j, value: .vague, strong: false) : nil
        }
        return nextMeeting(at: i)
    }

    /// `in het volgende LOVP`, `in de volgende vergadering`, `voor het eerstvolgende overleg`, `volgend LOVP`.
    /// A time unit after `volgende` (`volgende week`) is not vague and is left to the period grammar.
    private func nextMeeting(at i: Int) -> Phrase? {
        var j = i
        let withPreposition = ["in", "voor", "op", "tijdens", "bij"].contains(word(j) ?? "")
        if withPreposition { j += 1 }
        if ["de", "het", "een"].contains(word(j) ?? "") && withPreposition { j += 1 }
        guard let next = word(j), CalendarWords.nextWords.contains(next) else { return nil }
        j += 1
        guard j < t.count, t[j].kind == .word, CalendarWords.units[t[j].folded] == nil, t[j].folded != "kalenderjaar",
              CalendarWords.seasons[t[j].folded] == nil else { return nil }
        if !withPreposition {
            let acronym = t[j].text.count >= 2 && t[j].text.allSatisfy { $0.isUppercase || $0.isNumber }
            guard acronym || CalendarWords.meetingNouns.contains(t[j].folded) else { return nil }
            if i > 0, ["de", "het"].contains(t[i - 1].folded) {
                return Phrase(start: i - 1, end: j + 1, value: .vague, strong: false)
            }
        }
        return Phrase(start: i, end: j + 1, value: .vague, strong: false)
    }

    /// `na de besluitvorming in het LOVP`, `na afloop van de pilot`, `na ontvangst`, `na 1 januari`: after an event.
    func afterEvent(at i: Int) -> Phrase? {
        var j = i + 1
        if let period = p.period(at: j), period.kind == .day { return Phrase(start: i, end: period.end, value: .vague, strong: false) }
        if ["de", "het", "een", "dit", "deze", "die", "dat"].contains(word(j) ?? "") { j += 1 }
        guard j < t.count, t[j].kind == .word else { return nil }
        j += 1 // the event noun
        // One prepositional phrase: `in het LOVP`, `van de pilot`, `over de evaluatie`.
        if let prep = word(j), ["in", "van", "over", "door", "met", "op", "bij"].contains(prep) {
            var k = j + 1
            if ["de", "het", "een", "dit", "deze", "die", "dat"].contains(word(k) ?? "") { k += 1 }
            if k < t.count, t[k].kind == .word {
                k += 1
                while k < t.count, t[k].kind == .word, t[k].text.first?.isUppercase == true { k += 1 }
                j = k
            }
        }
        return Phrase(start: i, end: j, value: .vague, strong: false)
    }
}
