import Foundation

/// The layout role of one cleaned line (ANNOTATION.md §3, issue 3 "Segmentation").
enum LineKind: Equatable {
    case blank
    /// A Markdown heading (`## 2. Titel`) or a numbered heading (`3. Titel`, `20220704.3 Titel`);
    /// `title` without markup and number. A colon inside stays in the title.
    case heading(title: String, markdown: Bool)
    /// A bullet (`-`, `*`, `•`, `–`, `a.`, or a numbered line that starts in lower case); `body` starts at `offset`.
    case bullet(body: String, offset: Int)
    /// `Label: rest` (rest may be empty when the line ends in a colon); `rest` starts at `offset`.
    case label(label: String, rest: String, offset: Int)
    /// A `►` line: a follow-up marker.
    case arrow(rest: String, offset: Int)
    /// A table row (`a | b | c`), cells trimmed.
    case tableRow(cells: [String])
    /// A table rule (`---|---`).
    case tableRule
    case text

    /// Classifies `line` (already cleaned by `LineCleaner`).
    static func of(_ line: String) -> LineKind {
        let t = line.trimmingBlanks
        if t.isEmpty { return .blank }
        var chars = t.makeIterator()
        guard let c0 = chars.next() else { return .blank }
        let c1 = chars.next()
        let lead = line.prefix { $0 == " " || $0 == "\t" }.count
        if t.contains("|" as Character) {
            let cells = t.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingBlanks }
            let inner = cells.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
            if inner.count >= 3 {
                if inner.allSatisfy({ $0.allSatisfy { "-:= ".contains($0) } }) { return .tableRule }
                return .tableRow(cells: Array(inner))
            }
        }
        if c0 == "#" {
            let title = t.drop { $0 == "#" }.trimmingBlanks
            return .heading(title: stripNumber(stripBold(title)), markdown: true)
        }
        if c0 == "►" {
            let rest = t.dropFirst().drop { $0 == " " }
            return .arrow(rest: String(rest), offset: offset(of: rest, in: t, lead: lead))
        }
        let subBullet = c0 == "o" && lead > 0    // "  o sub-item" under a bullet
        if "-*•–·▪◦‣".contains(c0) || subBullet, let c1, c1 == " " || c1 == "\t" {
            let body = t.dropFirst().drop { $0 == " " || $0 == "\t" }
            return .bullet(body: String(body), offset: offset(of: body, in: t, lead: lead))
        }
        if let (marker, rest) = numberMarker(t) {
            let restText = String(rest)
            if let first = restText.first, first.isUppercase || first.isNumber || first == "\"" || first == "“" {
                let letterMarker = marker.first?.isLetter ?? false
                let endsSentence = restText.hasSuffix(".") && restText.split(separator: " ").count > 12
                if !letterMarker && !endsSentence && !restText.hasSuffix(";") {
                    return .heading(title: stripBold(restText), markdown: false)
                }
            }
            return .bullet(body: restText, offset: offset(of: rest, in: t, lead: lead))
        }
        if let (label, rest) = labelSplit(t) {
            return .label(label: label, rest: String(rest), offset: offset(of: rest, in: t, lead: lead))
        }
        return .text
    }

    /// `"3. "`, `"3) "`, `"2.1 "`, `"a. "`, `"20220704.3 "` at the start: the marker and the rest.
    static func numberMarker(_ t: String) -> (String, Substring)? {
        var i = t.startIndex
        var sawDigit = false
        while i < t.endIndex, t[i].isNumber || (sawDigit && t[i] == ".") {
            sawDigit = true
            i = t.index(after: i)
        }
        if !sawDigit {
            guard let f = t.first, f.isLetter, f.isLowercase, t.count > 2 else { return nil }
            let second = t[t.index(after: t.startIndex)]
            guard second == "." || second == ")" else { return nil }
            i = t.index(t.startIndex, offsetBy: 2)
        } else if i < t.endIndex, t[i] == ")" {
            i = t.index(after: i)
        }
        let marker = t[..<i]
        guard i < t.endIndex, t[i] == " " || t[i] == "\t" else { return nil }
        if sawDigit && !marker.contains(".") && !marker.hasSuffix(")") { return nil }   // "2024 ..." is text
        let rest = t[i...].drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty else { return nil }
        return (String(marker), rest)
    }

    /// `Label: rest` with the label before the first `": "` (or a line ending in `:`), at most 80 characters.
    static func labelSplit(_ t: String) -> (String, Substring)? {
        let clean = t
        if let r = colonSeparator(in: clean) {
            let label = stripBold(String(clean[..<r.lowerBound]))
            guard label.count <= 120, !label.isEmpty else { return nil }
            return (label, clean[r.upperBound...].drop { $0 == " " || $0 == "*" })
        }
        if clean.hasSuffix(":") || clean.hasSuffix(":**") {
            let label = stripBold(String(clean.dropLast(clean.hasSuffix(":**") ? 3 : 1)))
            guard label.count <= 120, !label.isEmpty else { return nil }
            return (label, clean[clean.endIndex...])
        }
        return nil
    }

    /// The first `:` followed (after bold markers `*`/`_`) by a space or tab, with those characters.
    static func colonSeparator(in t: String) -> Range<String.Index>? {
        var i = t.startIndex
        while let colon = t[i...].firstIndex(of: ":") {
            var j = t.index(after: colon)
            while j < t.endIndex, t[j] == "*" || t[j] == "_" { j = t.index(after: j) }
            if j < t.endIndex, t[j] == " " || t[j] == "\t" { return colon..<t.index(after: j) }
            i = t.index(after: colon)
        }
        return nil
    }

    static func stripBold(_ s: String) -> String {
        var r = s.trimmingBlanks
        while r.hasPrefix("*") || r.hasPrefix("_") { r.removeFirst() }
        while r.hasSuffix("*") || r.hasSuffix("_") { r.removeLast() }
        return r.trimmingBlanks
    }

    static func stripNumber(_ s: String) -> String {
        if let (marker, rest) = numberMarker(s), !(marker.first?.isLetter ?? false) { return String(rest) }
        return s
    }

    /// Character offset in the line of `sub`, a slice of the trimmed line `t` that began after `lead` blanks.
    static func offset(of sub: Substring, in t: String, lead: Int) -> Int {
        lead + t.distance(from: t.startIndex, to: sub.startIndex)
    }
}
