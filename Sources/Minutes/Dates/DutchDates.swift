/// Explicit dates in Dutch text, in every common written form (issue 3 "Deadlines"):
/// `10 april 2017`, `maandag 9 oktober 2023`, `Vr., 18 Juli 2014`, `1 nov.`, `16 nov. 2016`, `2e jan 2019`,
/// `18de juli 2014`, `eerste januari 2000`, `vierde van juli 1995`, `28 juni in 2020`, `12 januari, 2016`,
/// `feb 18`, `februari 15`, `1-11-2019`, `01/11/19`, `1.11.2019`, `2019-11-01`, `01-aug-2019`, `10/10`.
public enum DutchDates {
    /// Every explicit date in `text`, in text order.
    /// - Parameters:
    ///   - text: a line or sentence.
    ///   - reference: an ISO date (`YYYY-MM-DD`, a longer ISO timestamp is accepted); a date written without
    ///     a year takes its year, a two-digit year the century nearest to it. Without a reference, dates
    ///     without a year are left out and two-digit years are read near 2000.
    /// - Returns: each date as ISO `YYYY-MM-DD` with the range of its text (a weekday before it included).
    public static func explicitDates(in text: String, reference: String?) -> [(iso: String, range: Range<String.Index>)] {
        let tokens = DateTokens.tokenize(text)
        let referenceYear = reference.flatMap { CivilDate(iso: $0)?.year }
        var found: [(iso: String, range: Range<String.Index>)] = []
        var i = 0
        while i < tokens.count {
            if let match = match(tokens, at: i), let date = match.date(referenceYear: referenceYear) {
                found.append((date.iso, tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound))
                i = match.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A day and month, with the year as written (nil: none; `twoDigitYear`: `96`).
    struct Match {
        var day: Int
        var month: Int
        var year: Int?
        var twoDigitYear = false
        /// Token indices: `start` (a weekday included) ..< `end`.
        var start: Int
        var end: Int

        var hasYear: Bool { year != nil }

        /// The date, the year taken from `referenceYear` when none is written; nil for an impossible date.
        func date(referenceYear: Int?) -> CivilDate? {
            guard let y = resolvedYear(referenceYear) else { return nil }
            return CivilDate(checkedYear: y, month: month, day: day)
        }

        func resolvedYear(_ referenceYear: Int?) -> Int? {
            guard let year else { return referenceYear }
            guard twoDigitYear else { return year }
            let pivot = referenceYear ?? 2000
            let base = pivot - pivot % 100
            return [base - 100 + year, base + year, base + 100 + year].min { abs($0 - pivot) < abs($1 - pivot) }
        }
    }

    /// Matches a date starting at token `i` (a weekday name may come first).
    static func match(_ t: [DateToken], at i: Int) -> Match? {
        var j = i
        if t[i].kind == .word, CalendarWords.weekdays[t[i].folded] != nil {
            j += 1
            if j < t.count, t[j].folded == ".", !t[j].spaceBefore { j += 1 }
            if j < t.count, t[j].folded == "," { j += 1 }
            guard j < t.count, j > i else { return nil }
            guard var m = matchBare(t, at: j) else { return nil }
            m.start = i
            return m
        }
        return matchBare(t, at: i)
    }

    private static func matchBare(_ t: [DateToken], at i: Int) -> Match? {
        numeric(t, at: i) ?? dayMonth(t, at: i) ?? monthDay(t, at: i)
    }

    /// `2019-11-01`, `1-11-2019`, `01/11/19`, `1.11.2019`, `01-aug-2019`, `10/10`.
    private static func numeric(_ t: [DateToken], at i: Int) -> Match? {
        guard i + 2 < t.count, let a = t[i].number, t[i + 1].kind == .punct, !t[i + 1].spaceBefore, !t[i + 2].spaceBefore else { return nil }
        if i > 0, !t[i].spaceBefore, t[i - 1].kind == .number || ["-", "/", "."].contains(t[i - 1].folded) && i > 1 && t[i - 2].kind == .number {
            return nil // inside a longer number
        }
        let sep = t[i + 1].folded
        guard ["-", "/", "."].contains(sep) else { return nil }
        let middleMonth = t[i + 2].number ?? (t[i + 2].kind == .word ? CalendarWords.months[t[i + 2].folded] : nil)
        guard let b = middleMonth else { return nil }
        let wordMonth = t[i + 2].kind == .word
        // Year part?
        if i + 4 < t.count, t[i + 3].folded == sep, !t[i + 3].spaceBefore, !t[i + 4].spaceBefore, let c = t[i + 4].number {
            if i + 5 < t.count, !t[i + 5].spaceBefore, t[i + 5].kind == .number || (t[i + 5].folded == sep && i + 6 < t.count && t[i + 6].kind == .number) {
                return nil // four numeric parts: a code or section number
            }
            if t[i].digitCount == 4, !wordMonth, sep == "-" || sep == "/" || sep == "." {
                return Match(day: c, month: b, year: a, start: i, end: i + 5)
            }
            let digits = t[i + 4].digitCount
            guard t[i].digitCount <= 2, wordMonth || t[i + 2].digitCount <= 2, digits == 4 || (digits == 2 && sep != ".") else { return nil }
            return Match(day: a, month: b, year: c, twoDigitYear: digits == 2, start: i, end: i + 5)
        }
        // Day and month only: `10/10` (slash) or `01-aug`.
        guard sep == "/" || wordMonth, t[i].digitCount <= 2, wordMonth || t[i + 2].digitCount <= 2 else { return nil }
        if i + 3 < t.count, !t[i + 3].spaceBefore, t[i + 3].kind == .number || t[i + 3].folded == sep { return nil }
        if !wordMonth, a == 24, b == 7 { return nil } // "24/7" means always
        return Match(day: a, month: b, year: nil, start: i, end: i + 3)
    }

    /// `10 april 2017`, `1 nov.`, `2e jan 2019`, `18de juli 2014`, `eerste januari 2000`, `vierde van juli 1995`,
    /// `28 juni in 2020`, `12 januari, 2016`, `03 aug 96`.
    private static func dayMonth(_ t: [DateToken], at i: Int) -> Match? {
        var j = i
        let day: Int
        if let n = t[j].number, t[j].digitCount <= 2 {
            day = n
            j += 1
            if j < t.count, !t[j].spaceBefore, t[j].kind == .word, CalendarWords.ordinalSuffixes.contains(t[j].folded) { j += 1 }
            if j < t.count, t[j].folded == ".", !t[j].spaceBefore, j + 1 < t.count, CalendarWords.months[t[j + 1].folded] != nil { j += 1 }
        } else if t[j].kind == .word, let n = CalendarWords.ordinals[t[j].folded] {
            day = n
            j += 1
        } else {
            return nil
        }
        if j < t.count, t[j].folded == "van", j + 1 < t.count, CalendarWords.months[t[j + 1].folded] != nil { j += 1 }
        guard j < t.count, t[j].kind == .word, let month = CalendarWords.months[t[j].folded] else { return nil }
        j += 1
        let afterMonth = j
        if j < t.count, t[j].folded == ".", !t[j].spaceBefore { j += 1 }
        if let (year, two, end) = year(t, at: j, allowTwoDigits: true) {
            return Match(day: day, month: month, year: year, twoDigitYear: two, start: i, end: end)
        }
        // Keep the abbreviation's dot (`1 nov.`) but not a sentence-final dot after a full name.
        let end = CalendarWords.isFullMonthName(t[afterMonth - 1].folded) ? afterMonth : j
        return Match(day: day, month: month, year: nil, start: i, end: end)
    }

    /// `feb 18`, `februari 15`, `Aug 8`, `februari 15, 2014`.
    private static func monthDay(_ t: [DateToken], at i: Int) -> Match? {
        guard t[i].kind == .word, let month = CalendarWords.months[t[i].folded] else { return nil }
        var j = i + 1
        if j < t.count, t[j].folded == ".", !t[j].spaceBefore { j += 1 }
        guard j < t.count, let day = t[j].number, t[j].digitCount <= 2, t[j].spaceBefore else { return nil }
        j += 1
        if j < t.count, !t[j].spaceBefore, t[j].kind == .number || [":", "-", "/"].contains(t[j].folded) { return nil }
        if let (year, _, end) = year(t, at: j, allowTwoDigits: false) {
            return Match(day: day, month: month, year: year, start: i, end: end)
        }
        return Match(day: day, month: month, year: nil, start: i, end: j)
    }

    /// A year after a day and month: `2017`, `, 2016`, `in 2020`, `'96`, `96`.
    private static func year(_ t: [DateToken], at start: Int, allowTwoDigits: Bool) -> (Int, Bool, Int)? {
        var j = start
        if j < t.count, t[j].folded == "," || t[j].folded == "in" { j += 1 }
        if allowTwoDigits, j < t.count, t[j].folded == "'" || t[j].folded == "’", j + 1 < t.count, t[j + 1].digitCount == 2, let y = t[j + 1].number {
            return (y, true, j + 2)
        }
        guard j < t.count, let y = t[j].number else { return nil }
        if j + 1 < t.count, !t[j + 1].spaceBefore, t[j + 1].kind == .number || [":", "/", "-"].contains(t[j + 1].folded) && j + 2 < t.count && t[j + 2].kind == .number {
            return nil // a time or a code, not a year
        }
        if t[j].digitCount == 4, (1000...2999).contains(y) { return (y, false, j + 1) }
        if allowTwoDigits, j == start, t[j].digitCount == 2 { return (y, true, j + 1) }
        return nil
    }
}
