/// A stretch of time named in a sentence (`mei`, `2025`, `Q4`, `het najaar van 2022`, `volgende week`,
/// `12 september`), parsed from tokens for the deadline grammar (ANNOTATION.md §7).
struct Period {
    enum Kind { case day, month, year, quarter, half, season, week }
    var kind: Kind
    /// Token index just after the period.
    var end: Int
    /// The year when it is written or implied (`2025`, `dit jaar`, `volgend jaar`); nil: the year rule applies.
    var fixedYear: Int?
    /// The season word for `.season` (folded), used by the before/after conventions.
    var season: String?
    /// First and last day of the period in the given year.
    var span: (Int) -> (first: CivilDate, last: CivilDate)?
    /// Whether the explicit year lies before the meeting (a past period).
    var explicitYear: Bool = false
}

/// Parses periods at a token index.
struct PeriodParser {
    let t: [DateToken]
    let meeting: CivilDate

    func word(_ i: Int) -> String? { i < t.count ? t[i].folded : nil }

    /// `words` at `i` in order; the index after them.
    func match(_ i: Int, _ words: [String]) -> Int? {
        var j = i
        for w in words {
            guard word(j) == w else { return nil }
            j += 1
        }
        return j
    }

    func match(_ i: Int, anyOf options: [[String]]) -> Int? {
        for option in options { if let j = match(i, option) { return j } }
        return nil
    }

    /// Whether tokens `from..<to` are the whole input, apart from a final full stop (a table cell).
    func isWholeInput(from i: Int, to end: Int) -> Bool {
        i == 0 && (end == t.count || (end == t.count - 1 && t[end].folded == "."))
    }

    /// A year reference after a period: `2025`, `van 2025`, `van dit jaar`, `van volgend jaar`, `'25`.
    func yearSuffix(_ i: Int) -> (year: Int, end: Int, explicit: Bool)? {
        var j = i
        if word(j) == "van" || word(j) == "in" { j += 1 }
        if let k = match(j, anyOf: [["dit", "jaar"], ["het", "jaar"], ["dit", "kalenderjaar"], ["het", "lopende", "jaar"]]) {
            return (meeting.year, k, false)
        }
        if let k = match(j, anyOf: [["volgend", "jaar"], ["komend", "jaar"], ["het", "volgende", "jaar"], ["het", "komende", "jaar"]]) {
            return (meeting.year + 1, k, false)
        }
        if j < t.count, let y = fourDigitYear(j) { return (y, j + 1, true) }
        return nil
    }

    func fourDigitYear(_ j: Int) -> Int? {
        guard j < t.count, t[j].digitCount == 4, let y = t[j].number, (1900...2199).contains(y) else { return nil }
        if j + 1 < t.count, !t[j + 1].spaceBefore, [".", "-", "/", ":"].contains(t[j + 1].folded),
           j + 2 < t.count, t[j + 2].kind == .number, !t[j + 2].spaceBefore { return nil }
        return y
    }

    /// Any period at `i`; `allowWeekday` for `op maandag`, `uiterlijk vrijdag`.
    func period(at i: Int, allowWeekday: Bool = false) -> Period? {
        guard i < t.count else { return nil }
        if let m = DutchDates.match(t, at: i) {
            let fixed = m.hasYear ? m.resolvedYear(meeting.year) : nil
            return Period(kind: .day, end: m.end, fixedYear: fixed, span: { y in
                CivilDate(checkedYear: y, month: m.month, day: m.day).map { ($0, $0) }
            }, explicitYear: m.hasYear)
        }
        return month(at: i) ?? isoWeek(at: i) ?? weekOfMonth(at: i) ?? quarter(at: i) ?? half(at: i) ?? season(at: i) ?? relativeUnit(at: i)
            ?? year(at: i) ?? (allowWeekday ? weekday(at: i) : nil)
    }

    /// `mei`, `mei 2024`, `de maand mei`; an abbreviation only with a year (`mrt 2024`).
    func month(at i: Int) -> Period? {
        var j = i
        if let k = match(i, ["de", "maand"]) { j = k }
        guard let w = word(j), let m = CalendarWords.months[w] else { return nil }
        var k = j + 1
        if k < t.count, t[k].folded == ".", !t[k].spaceBefore, !CalendarWords.isFullMonthName(w) { k += 1 }
        let suffix = yearSuffix(k)
        guard CalendarWords.isFullMonthName(w) || suffix?.explicit == true || isWholeInput(from: i, to: k) else { return nil }
        if let s = suffix, word(k) != "in" {
            return Period(kind: .month, end: s.end, fixedYear: s.year, span: { y in monthSpan(m, y) }, explicitYear: s.explicit)
        }
        return Period(kind: .month, end: k, fixedYear: nil, span: { y in monthSpan(m, y) }) // `dec.` keeps its dot
    }

    /// `week 46`, `week 2 van 2025`: Monday to Sunday of that ISO week.
    func isoWeek(at i: Int) -> Period? {
        guard word(i) == "week", i + 1 < t.count, let n = t[i + 1].number, (1...53).contains(n) else { return nil }
        let suffix = yearSuffix(i + 2)
        return Period(kind: .week, end: suffix?.end ?? i + 2, fixedYear: suffix?.year, span: { y in
            let jan4 = CivilDate(year: y, month: 1, day: 4)
            let monday = jan4.adding(days: 1 - jan4.isoWeekday + 7 * (n - 1))
            return (monday, monday.adding(days: 6))
        }, explicitYear: suffix?.explicit ?? false)
    }

    /// `Q4`, `Q1 2025`, `het eerste kwartaal (van 2025)`, `3e kwartaal`, `eerste trimester`.
    func quarter(at i: Int) -> Period? {
        var q: Int?
        var j = i
        if let w = word(i), w.count == 2, w.first == "q", let n = Int(w.dropFirst()), (1...4).contains(n) {
            q = n; j = i + 1
        } else {
            if word(j) == "het" { j += 1 }
            var ordinal = word(j).flatMap { CalendarWords.periodOrdinals[$0] }
            if ordinal == nil, let n = t.indices.contains(j) ? t[j].number : nil, (1...4).contains(n),
               let s = word(j + 1), ["e", "de", "ste"].contains(s), !t[j + 1].spaceBefore {
                ordinal = n; j += 1
            }
            guard let o = ordinal, let unit = word(j + 1), unit == "kwartaal" || unit == "trimester" else { return nil }
            q = o; j += 2
        }
        guard let quarterNumber = q else { return nil }
        if word(j) == "-", j + 1 < t.count, !t[j].spaceBefore, let y = fourDigitYear(j + 1) {
            return Period(kind: .quarter, end: j + 2, fixedYear: y, span: { y in quarterSpan(quarterNumber, y) }, explicitYear: true)
        }
        let suffix = yearSuffix(j)
        return Period(kind: .quarter, end: suffix?.end ?? j, fixedYear: suffix?.year,
                      span: { y in quarterSpan(quarterNumber, y) }, explicitYear: suffix?.explicit ?? false)
    }

    /// `de eerste helft van 2024`, `het tweede halfjaar`, `het eerste half jaar van volgend jaar`,
    /// `de tweede helft van november`.
    func half(at i: Int) -> Period? {
        var j = i
        if word(j) == "de" || word(j) == "het" { j += 1 }
        guard let o = word(j).flatMap({ CalendarWords.periodOrdinals[$0] }), o <= 2 else { return nil }
        j += 1
        if word(j) == "helft", word(j + 1) == "van", let month = month(at: j + 2) {
            return Period(kind: .half, end: month.end, fixedYear: month.fixedYear, span: { y in
                month.span(y).map { o == 1 ? ($0.first, $0.first.adding(days: 14)) : ($0.first.adding(days: 15), $0.last) }
            }, explicitYear: month.explicitYear)
        }
        if word(j) == "helft" { j += 1 } else if word(j) == "halfjaar" { j += 1 } else if let k = match(j, ["half", "jaar"]) { j = k } else { return nil }
        let suffix = yearSuffix(j)
        let span: (Int) -> (first: CivilDate, last: CivilDate)? = { y in
            o == 1 ? (CivilDate(year: y, month: 1, day: 1), CivilDate(year: y, month: 6, day: 30))
                : (CivilDate(year: y, month: 7, day: 1), CivilDate(year: y, month: 12, day: 31))
        }
        return Period(kind: .half, end: suffix?.end ?? j, fixedYear: suffix?.year, span: span, explicitYear: suffix?.explicit ?? false)
    }

    /// `het najaar`, `dit voorjaar`, `deze zomer`, `de zomer van 2024`, `volgend voorjaar`, `najaar 2024`.
    func season(at i: Int) -> Period? {
        var j = i
        var fixed: Int?
        switch word(j) {
        case "het", "de": j += 1
        case "dit", "deze": j += 1; fixed = meeting.year
        case "volgend", "volgende": j += 1; fixed = meeting.year + 1
        case "komend", "komende", "aankomend", "aankomende": j += 1
        default: break
        }
        guard let w = word(j), let bounds = CalendarWords.seasons[w] else { return nil }
        j += 1
        let suffix = fixed == nil ? yearSuffix(j) : nil
        // A bare season word needs a year, unless it is all there is (a table cell `najaar`).
        if j == i + 1, suffix?.explicit != true, !isWholeInput(from: i, to: j) { return nil }
        return Period(kind: .season, end: suffix?.end ?? j, fixedYear: suffix?.year ?? fixed, season: bounds.canonical, span: { y in
            (CivilDate(year: y, month: bounds.first.month, day: bounds.first.day), CivilDate(year: y, month: bounds.last.month, day: bounds.last.day))
        }, explicitYear: suffix?.explicit ?? false)
    }

    /// `de eerste week van november` (1–7), `de laatste week van mei` (the last seven days).
    func weekOfMonth(at i: Int) -> Period? {
        var j = i
        if word(j) == "de" { j += 1 }
        guard let o = word(j).flatMap({ CalendarWords.periodOrdinals[$0] }), word(j + 1) == "week", word(j + 2) == "van",
              let month = month(at: j + 3) else { return nil }
        let last = word(j) == "laatste"
        return Period(kind: .week, end: month.end, fixedYear: month.fixedYear, span: { y in
            month.span(y).map { last ? ($0.last.adding(days: -6), $0.last) : ($0.first.adding(days: 7 * (o - 1)), $0.first.adding(days: 7 * o - 1)) }
        }, explicitYear: month.explicitYear)
    }

    /// `deze week`, `volgende week`, `komende week`, `deze maand`, `volgende maand`, `dit jaar`, `volgend jaar`,
    /// also after an article (`de komende week`, `het volgende jaar`).
    func relativeUnit(at start: Int) -> Period? {
        let i = ["de", "het"].contains(word(start) ?? "") ? start + 1 : start
        guard let w = word(i), let unit = word(i + 1) else { return nil }
        let offset: Int
        switch w {
        case "deze", "dit": offset = 0
        case "volgende", "volgend", "komende", "komend": offset = 1
        default: return nil
        }
        switch unit {
        case "week":
            let sunday = meeting.adding(days: 7 - meeting.isoWeekday + 7 * offset)
            let monday = sunday.adding(days: -6)
            return Period(kind: .week, end: i + 2, fixedYear: sunday.year, span: { _ in (monday, sunday) })
        case "maand":
            let first = CivilDate(year: meeting.year, month: meeting.month, day: 1).adding(months: offset)
            return Period(kind: .month, end: i + 2, fixedYear: first.year, span: { _ in monthSpan(first.month, first.year) })
        case "jaar", "kalenderjaar":
            let y = meeting.year + offset
            return Period(kind: .year, end: i + 2, fixedYear: y, span: { y in yearSpan(y) })
        default:
            return nil
        }
    }

    /// `2025`, `het jaar`.
    func year(at i: Int) -> Period? {
        if let y = fourDigitYear(i) {
            return Period(kind: .year, end: i + 1, fixedYear: y, span: { y in yearSpan(y) }, explicitYear: true)
        }
        if let k = match(i, anyOf: [["het", "kalenderjaar"], ["het", "jaar"], ["het", "lopende", "jaar"]]) {
            return Period(kind: .year, end: k, fixedYear: meeting.year, span: { y in yearSpan(y) })
        }
        return nil
    }

    /// A weekday name alone: its next occurrence after the meeting.
    func weekday(at i: Int) -> Period? {
        guard let w = word(i), w.count > 3, let day = CalendarWords.weekdays[w] else { return nil }
        var delta = day - meeting.isoWeekday
        if delta <= 0 { delta += 7 }
        let date = meeting.adding(days: delta)
        return Period(kind: .day, end: i + 1, fixedYear: date.year, span: { _ in (date, date) })
    }
}

func monthSpan(_ m: Int, _ y: Int) -> (first: CivilDate, last: CivilDate)? {
    (CivilDate(year: y, month: m, day: 1), CivilDate.endOf(month: m, year: y))
}

func quarterSpan(_ q: Int, _ y: Int) -> (first: CivilDate, last: CivilDate)? {
    (CivilDate(year: y, month: q * 3 - 2, day: 1), CivilDate.endOf(month: q * 3, year: y))
}

func yearSpan(_ y: Int) -> (first: CivilDate, last: CivilDate)? {
    (CivilDate(year: y, month: 1, day: 1), CivilDate(year: y, month: 12, day: 31))
}
