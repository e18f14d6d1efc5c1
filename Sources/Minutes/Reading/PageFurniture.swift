import Foundation

/// Page breaks, page numbers and running headers/footers in plain text (used by `LineCleaner`).
enum PageFurniture {
    /// A page break: the index of the first line of the new page (0-based).
    struct Break { var firstLineOfPage: Int }

    /// Finds form feeds and page-number lines, removes the form feeds from `lines`, and marks
    /// page-number lines and lines that held only form feeds as dropped.
    static func markBreaks(_ lines: inout [String], dropped: inout [Bool]) -> [Break] {
        var breaks: [Break] = []
        for i in lines.indices {
            if lines[i].unicodeScalars.contains("\u{0C}") {
                let scalars = lines[i].unicodeScalars
                let before = scalars.prefix { $0 != "\u{0C}" }
                let hasTextBefore = before.contains { !$0.properties.isWhitespace }
                lines[i] = String(String.UnicodeScalarView(scalars.filter { $0 != "\u{0C}" }))
                breaks.append(Break(firstLineOfPage: hasTextBefore ? i + 1 : i))
                if isBlank(lines[i]) { dropped[i] = true }
            }
        }
        for i in lines.indices where !dropped[i] && isPageNumber(lines[i], at: i, in: lines) {
            dropped[i] = true
            breaks.append(Break(firstLineOfPage: i + 1))
        }
        return breaks.sorted { $0.firstLineOfPage < $1.firstLineOfPage }
    }

    /// Drops running headers and footers: short non-blank lines in the gap around a page break
    /// (at most two on each side, across blank and dropped lines) that either occur more than once
    /// in the file (digits ignored) or stand between a sentence cut by the break and its
    /// lower-case continuation. Line `keep` (the title on the first page) is never dropped,
    /// though it counts as an occurrence, so its copies on later pages go.
    static func dropRunningLines(_ lines: [String], breaks: [Break], dropped: inout [Bool], keep: Int? = nil) {
        guard !breaks.isEmpty else { return }
        var around: [[Int]] = []
        // The start of the file opens the first page (its header) and the end closes the last one (its footer).
        let edges = [Break(firstLineOfPage: 0), Break(firstLineOfPage: lines.count)]
        let allBreaks = breaks + edges
        for br in allBreaks {
            var zone: [Int] = []
            zone += neighbours(of: br.firstLineOfPage - 1, step: -1, lines: lines, dropped: dropped)
            zone += neighbours(of: br.firstLineOfPage, step: 1, lines: lines, dropped: dropped)
            around.append(zone)
        }
        // How often each short zone line occurs anywhere (the first page's header is not in a zone
        // but still counts, so page 2's copy of it goes).
        var linesPerKey: [String: Set<Int>] = [:]
        for zone in around {
            for i in zone where isShort(lines[i]) { linesPerKey[key(lines[i]), default: []].insert(i) }
        }
        for i in lines.indices where !dropped[i] && isShort(lines[i]) {
            let k = key(lines[i])
            if linesPerKey[k] != nil { linesPerKey[k]?.insert(i) }
        }
        for (b, zone) in around.enumerated() {
            let breakAt = allBreaks[b].firstLineOfPage
            for i in zone where !dropped[i] && i != keep {
                if (linesPerKey[key(lines[i])]?.count ?? 0) >= 2 || isHeaderBeforeContinuation(i, breakAt: breakAt, lines, dropped) {
                    dropped[i] = true
                }
            }
        }
    }

    private static func isShort(_ line: String) -> Bool {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count <= 12
    }

    /// Up to two non-blank, not yet dropped lines from `start` in direction `step`.
    private static func neighbours(of start: Int, step: Int, lines: [String], dropped: [Bool]) -> [Int] {
        var found: [Int] = []
        var i = start
        while i >= 0, i < lines.count, found.count < 2 {
            if !dropped[i] && !isBlank(lines[i]) { found.append(i) }
            i += step
        }
        return found
    }

    /// A short line after a page break whose next content line starts in lower case while the
    /// last content before the break does not end a sentence.
    private static func isHeaderBeforeContinuation(_ i: Int, breakAt: Int, _ lines: [String], _ dropped: [Bool]) -> Bool {
        guard i >= breakAt else { return false }
        let words = lines[i].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= 12, let last = lines[i].last, !".:;?!".contains(last) else { return false }
        guard let before = content(from: breakAt - 1, step: -1, lines, dropped),
              let lastChar = lines[before].last, !".!?:;".contains(lastChar) else { return false }
        guard let after = content(from: i + 1, step: 1, lines, dropped),
              let first = lines[after].first(where: { !$0.isWhitespace }) else { return false }
        return first.isLowercase
    }

    private static func content(from start: Int, step: Int, _ lines: [String], _ dropped: [Bool]) -> Int? {
        var i = start
        while i >= 0, i < lines.count {
            if !dropped[i] && !isBlank(lines[i]) { return i }
            i += step
        }
        return nil
    }

    /// A line's identity for recurrence: lower case, digits replaced by `#`, spaces collapsed.
    private static func key(_ line: String) -> String {
        line.lowercased().map { $0.isNumber ? "#" : $0 }
            .split(whereSeparator: { $0.isWhitespace }).map { String($0) }.joined(separator: " ")
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0.isWhitespace }
    }

    /// `- 2 -`, `– 2 –`, `Pagina 1 van 2`, `pagina 2`, `Page 2 of 3`, `blz. 2`, `2/5`, `2 van 5`,
    /// and a bare number of at most 3 digits that has a blank line, a file edge or a form feed beside it.
    static func isPageNumber(_ line: String, at i: Int, in lines: [String]) -> Bool {
        guard line.utf8.count <= 80 else { return false } // `pdftotext -layout` centres a page number with spaces
        let t = line.trimmingBlanks.lowercased()
        guard !t.isEmpty, t.count <= 24 else { return false }
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let dashes: Set<String> = ["-", "–", "—"]
        if parts.count == 3, dashes.contains(parts[0]), dashes.contains(parts[2]), isNumber(parts[1]) { return true }
        if let f = t.first, let l = t.last, dashes.contains(String(f)), dashes.contains(String(l)),
           isNumber(String(t.dropFirst().dropLast()).trimmingBlanks) { return true }
        let words: Set<String> = ["pagina", "page", "blz.", "blz", "bladzijde", "p.", "pag.", "pag"]
        var rest = parts
        if let first = rest.first, words.contains(first) { rest.removeFirst() }
        else if parts.count == 1, parts[0].contains("/" as Character) {
            rest = parts[0].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return rest.count == 2 && rest.allSatisfy(isNumber)
        } else if parts.count == 1 {
            return isNumber(parts[0]) && parts[0].count <= 3 && hasGapBeside(i, lines)
        }
        if rest.count == 1 { return isNumber(rest[0]) && parts.count == 2 }
        if rest.count == 3, ["van", "of", "/"].contains(rest[1]) { return isNumber(rest[0]) && isNumber(rest[2]) }
        return false
    }

    private static func isNumber(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 4 && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func hasGapBeside(_ i: Int, _ lines: [String]) -> Bool {
        let before = i == 0 || isBlank(lines[i - 1]) || lines[i - 1].unicodeScalars.contains("\u{0C}")
        let after = i + 1 >= lines.count || isBlank(lines[i + 1]) || lines[i + 1].unicodeScalars.contains("\u{0C}")
        return before || after
    }
}
