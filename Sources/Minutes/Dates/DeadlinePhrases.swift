/// The time phrases of ANNOTATION.md §7 at a token index: a modifier (`eind`, `begin`, `medio`, `in`,
/// `voor`/`vóór`, `uiterlijk`, `op`/`per`, `na`, `binnen`/`over`) with a `Period`, the venue form
/// (`in het LOVP van oktober`), relative spans (`binnen vier weken`) and vague phrases (`zodra …`).
struct DeadlinePhrases {
    /// How the due date follows from the phrase.
    enum Value {
        /// A date for a given year (the year rule of §7 picks the year).
        case yearly((Int) -> CivilDate?)
        /// A date whose year is written or implied (`2025`, `dit jaar`, `volgende week`).
        case fixed(CivilDate, explicitYear: Bool)
        /// A vague or event-bound phrase: `due` nil, `dueText` kept.
        case vague
    }

    struct Phrase {
        var start: Int
        var end: Int
        var value: Value
        /// Written with a deadline word (`uiterlijk`, `voor`, `per`): a past date still counts.
        var strong: Bool
    }

    let p: PeriodParser
    var t: [DateToken] { p.t }
    func word(_ i: Int) -> String? { p.word(i) }

    /// Words that can begin a phrase (besides numbers and calendar words); a cheap test before parsing.
    private static let openers: Set<String> = [
        "uiterlijk", "ten", "niet", "op", "zo", "zsm", "z", "binnenkort", "spoedig", "in", "zodra", "nadat",
        "volgende", "volgend", "eerstvolgende", "eerstvolgend", "komende", "komend", "aankomend", "aankomende", "na", "binnen", "over",
        "eind", "einde", "aan", "tegen", "het", "begin", "primo", "medio", "half", "midden", "halverwege", "ultimo",
        "gedurende", "tijdens", "rond", "omstreeks", "later", "voor", "per", "vanaf", "met", "ingaande", "deze", "dit",
        "week", "q1", "q2", "q3", "q4", "de",
    ]

    /// Whether a phrase may start at token `i` (numbers, calendar words and the openers above).
    func mayStart(at i: Int) -> Bool {
        let token = t[i]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        let w = token.folded
        if w == "de" || w == "het" { return ["komende", "eind", "einde"].contains(word(i + 1) ?? "") } // `de komende jaren`, `het einde van`
        return Self.openers.contains(w) || CalendarWords.months[w] != nil || CalendarWords.weekdays[w] != nil
            || CalendarWords.ordinals[w] != nil || CalendarWords.seasons[w] != nil
    }

    /// The phrase starting at `i`, if any.
    func phrase(at i: Int) -> Phrase? {
        guard i < t.count, mayStart(at: i) else { return nil }
        if let k = p.match(i, anyOf: [["uiterlijk"], ["ten", "laatste"], ["niet", "later", "dan"]]) {
            if let inner = modified(at: k) ?? bare(at: k, allowWeekday: true) {
                return Phrase(start: i, end: inner.end, value: inner.value, strong: true)
            }
            return nil
        }
        if let v = vague(at: i) { return v }
        if let m = modified(at: i) { return m }
        return bare(at: i, allowWeekday: false)
    }

    /// A period with no modifier: a date, a full month name, `Q4`, `dit jaar`, `volgende week`, `najaar 2024`.
    func bare(at i: Int, allowWeekday: Bool) -> Phrase? {
        guard let period = p.period(at: i, allowWeekday: allowWeekday) else { return nil }
        if period.kind == .year && period.explicitYear && !allowWeekday { return nil } // a bare `2020` is a name, not a deadline
        // `het jaar`, `het eerste kwartaal` need a preposition (`in het eerste kwartaal` is parsed at `in`).
        let relative = ["komende", "volgende", "komend", "volgend"].contains(word(i) ?? "") || ["komende", "volgende"].contains(word(i + 1) ?? "")
        if !allowWeekday, !relative, ["de", "het"].contains(word(i) ?? "") || (i > 0 && ["de", "het"].contains(word(i - 1) ?? "")) { return nil }
        if period.kind == .half { return nil }
        // A table cell that holds only a date is the deadline, also when it has passed (an overdue action).
        let cell = p.isWholeInput(from: i, to: period.end)
        return Phrase(start: i, end: period.end, value: endValue(period), strong: allowWeekday || cell)
    }

    /// The last day of a period.
    func endValue(_ period: Period) -> Value {
        value(period) { $0.last }
    }

    func value(_ period: Period, _ pick: @escaping ((first: CivilDate, last: CivilDate)) -> CivilDate?) -> Value {
        if let y = period.fixedYear {
            guard let span = period.span(y), let date = pick(span) else { return .vague }
            return .fixed(date, explicitYear: period.explicitYear)
        }
        return .yearly { y in period.span(y).flatMap(pick) }
    }

    /// `eind …`, `begin …`, `medio …`, `in …`, `voor …`, `op/per …`, `na …`, `binnen/over …`.
    func modified(at i: Int) -> Phrase? {
        guard let w = word(i) else { return nil }
        if let k = p.match(i, anyOf: [["aan", "het", "eind", "van"], ["aan", "het", "einde", "van"], ["tegen", "het", "eind", "van"],
                                      ["tegen", "het", "einde", "van"], ["het", "eind", "van"], ["het", "einde", "van"],
                                      ["eind", "van"], ["einde", "van"], ["eind"], ["einde"], ["ultimo"]]),
           let period = p.period(at: k) {
            return Phrase(start: i, end: period.end, value: endValue(period), strong: false)
        }
        if let k = p.match(i, anyOf: [["aan", "het", "begin", "van"], ["begin", "van"], ["begin"], ["primo"]]), let period = p.period(at: k) {
            return pointIn(period, start: i, monthDay: 10, yearDate: (3, 31))
        }
        if let k = p.match(i, anyOf: [["medio"], ["half"], ["midden"], ["halverwege"], ["midden", "van"]]), let period = p.period(at: k) {
            return pointIn(period, start: i, monthDay: 15, yearDate: (6, 30))
        }
        switch w {
        case "in", "gedurende", "tijdens", "rond", "omstreeks", "later":
            return inside(at: i)
        case "voor", "tegen":
            return before(at: i)
        case "op", "per", "vanaf", "met", "ingaande":
            if w == "op", let venue = venue(at: i) { return venue }
            if w == "met", word(i + 1) != "ingang" || word(i + 2) != "van" { return nil }
            let k = w == "met" ? i + 3 : i + 1
            guard let period = p.period(at: k, allowWeekday: true), period.kind == .day else { return nil }
            return Phrase(start: i, end: period.end, value: endValue(period), strong: w != "op")
        case "na":
            return after(at: i)
        case "binnen", "over":
            return relative(at: i)
        default:
            return nil
        }
    }

    private func pointIn(_ period: Period, start: Int, monthDay: Int, yearDate: (Int, Int)) -> Phrase? {
        switch period.kind {
        case .month:
            return Phrase(start: start, end: period.end, value: value(period) { CivilDate(year: $0.first.year, month: $0.first.month, day: monthDay) }, strong: false)
        case .year:
            return Phrase(start: start, end: period.end, value: value(period) { CivilDate(year: $0.first.year, month: yearDate.0, day: yearDate.1) }, strong: false)
        default:
            return nil
        }
    }

    /// `in mei`, `in Q4`, `in het najaar`, `in de loop van het jaar`, `in het LOVP van oktober`, `later dit jaar`.
    private func inside(at i: Int) -> Phrase? {
        if word(i) == "later" {
            guard let period = p.relativeUnit(at: i + 1), period.kind == .year else { return nil }
            return Phrase(start: i, end: period.end, value: endValue(period), strong: false)
        }
        if let venue = venue(at: i) { return venue }
        let k = p.match(i, ["in", "de", "loop", "van"]) ?? i + 1
        guard let period = p.period(at: k) else { return nil }
        if word(i) == "rond" || word(i) == "omstreeks" {
            guard period.kind == .day else { return nil }
        }
        if period.kind == .day, word(i) == "in" { return nil }
        return Phrase(start: i, end: period.end, value: endValue(period), strong: false)
    }

    /// `in/op/voor het LOVP van oktober`, `voor de vergadering van 12 september 2022`: the month's last day
    /// or that date (`voor` here means "for that meeting").
    private func venue(at i: Int) -> Phrase? {
        guard ["in", "op", "voor", "tijdens"].contains(word(i) ?? ""), ["het", "de"].contains(word(i + 1) ?? "") else { return nil }
        var j = i + 2
        while j < t.count, j < i + 5, t[j].kind == .word, word(j) != "van" {
            if CalendarWords.months[t[j].folded] != nil || CalendarWords.seasons[t[j].folded] != nil || CalendarWords.events[t[j].folded] != nil
                || CalendarWords.periodOrdinals[t[j].folded] != nil
                || ["volgende", "eerstvolgende", "komende", "loop", "eind", "einde", "begin", "helft"].contains(t[j].folded) { return nil }
            j += 1
        }
        guard j > i + 2, word(j) == "van", let period = p.period(at: j + 1), period.kind == .day || period.kind == .month else { return nil }
        if word(j - 1) == "week", period.kind == .day {
            // `in de week van 13 november`: the Sunday of that week.
            let sunday: (Int) -> CivilDate? = { y in period.span(y).map { $0.last.adding(days: 7 - $0.last.isoWeekday) } }
            if let y = period.fixedYear, let d = sunday(y) { return Phrase(start: i, end: period.end, value: .fixed(d, explicitYear: true), strong: false) }
            return Phrase(start: i, end: period.end, value: .yearly(sunday), strong: false)
        }
        if period.kind == .day, period.fixedYear == nil, let span = period.span(p.meeting.year) {
            // A meeting day without a year that lies before this meeting is a past meeting, not a deadline.
            return Phrase(start: i, end: period.end, value: .fixed(span.last, explicitYear: true), strong: false)
        }
        return Phrase(start: i, end: period.end, value: endValue(period), strong: false)
    }

    /// `voor de zomer`, `voor het einde van het jaar`, `vóór 1 december` (the day before), `voor juni` (31 May),
    /// `voor 2025`, `voor de vergadering van …`.
    private func before(at i: Int) -> Phrase? {
        if let venue = venue(at: i) { return venue }
        let k = i + 1
        if let inner = modified(at: k), word(k).map({ ["eind", "einde", "het", "aan", "medio", "begin", "ultimo"].contains($0) }) == true {
            return Phrase(start: i, end: inner.end, value: inner.value, strong: true)
        }
        if let (date, end) = event(at: k, before: true) {
            return Phrase(start: i, end: end, value: .yearly { y in CivilDate(checkedYear: y, month: date.month, day: date.day) }, strong: true)
        }
        guard word(i) == "voor", let period = p.period(at: k, allowWeekday: true) else { return nil }
        return Phrase(start: i, end: period.end, value: value(period) { $0.first.adding(days: -1) }, strong: true)
    }

    /// An event noun with a convention: `de zomer`, `het zomerreces`, `de jaarwisseling`.
    private func event(at k: Int, before: Bool) -> ((month: Int, day: Int), Int)? {
        var j = k
        if word(j) == "de" || word(j) == "het" { j += 1 }
        guard let w = word(j), let e = CalendarWords.events[w], let date = before ? e.before : e.after else { return nil }
        if word(j + 1) == "van", p.fourDigitYear(j + 2) != nil { return nil }
        return (date, j + 1)
    }

    /// `na de zomer` (30 September), `na een jaar`, `na drie maanden`; other `na …` phrases are events (vague).
    private func after(at i: Int) -> Phrase? {
        if let (date, end) = event(at: i + 1, before: false) {
            return Phrase(start: i, end: end, value: .yearly { y in CivilDate(checkedYear: y, month: date.month, day: date.day) }, strong: false)
        }
        if let r = relative(at: i) { return r }
        return afterEvent(at: i)
    }

    /// `binnen vier weken`, `over twee maanden`, `na een jaar`, `binnen een half jaar`: the meeting date plus N.
    func relative(at i: Int) -> Phrase? {
        var j = i + 1
        var count: Int?
        if word(j) == "anderhalf", word(j + 1) == "jaar" { return add(months: 18, i, j + 2) }
        if let n = j < t.count ? t[j].number : nil { count = n } else if let w = word(j), let n = CalendarWords.cardinals[w] { count = n }
        guard let n = count else { return nil }
        j += 1
        if n == 1, word(j) == "half", word(j + 1) == "jaar" { return add(months: 6, i, j + 2) }
        if word(j) == "werkdag" || word(j) == "werkdagen" {
            var d = p.meeting
            var left = n
            while left > 0 { d = d.adding(days: 1); if d.isoWeekday <= 5 { left -= 1 } }
            return Phrase(start: i, end: j + 1, value: .fixed(d, explicitYear: false), strong: false)
        }
        guard let w = word(j), let unit = CalendarWords.units[w] else { return nil }
        // `binnen twee weken na het LOVP`: counted from an event, so vague.
        if ["na", "nadat"].contains(word(j + 1) ?? ""), let event = afterEvent(at: j + 1) {
            return Phrase(start: i, end: event.end, value: .vague, strong: false)
        }
        if unit.months > 0 { return add(months: n * unit.months, i, j + 1) }
        return Phrase(start: i, end: j + 1, value: .fixed(p.meeting.adding(days: n * unit.days), explicitYear: false), strong: false)
    }

    private func add(months: Int, _ start: Int, _ end: Int) -> Phrase {
        Phrase(start: start, end: end, value: .fixed(p.meeting.adding(months: months), explicitYear: false), strong: false)
    }
}
