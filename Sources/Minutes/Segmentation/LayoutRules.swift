import Foundation

/// The tests on single lines that `Segmenter` uses (ANNOTATION.md §3): header lines, section labels,
/// plain and prefixed headings, colon titles, statement labels and done markers, all driven by
/// the words of `bodies.json` and `statements.json`.
extension Segmenter {

    func isHeaderLine(_ kind: LineKind, folded: String) -> Bool {
        if case let .label(label, _, _) = kind {
            let f = Tokenizer.fold(label)
            if doc.headerLabels.contains(f) || Tokenizer.tokens(f).first.map({ doc.headerLabels.contains($0.folded) }) == true { return true }
        }
        return startsWithAny(folded, doc.headerStarts) || startsWithAny(folded, doc.salutations)
            || startsWithAny(folded, doc.introCues) || containsAny(folded, doc.introCues)
    }

    func isSectionLabel(_ folded: String) -> Bool {
        var f = folded
        while let l = f.last, l == ":" || l == "*" { f.removeLast() }
        return doc.sectionLabels.contains(f) && labelKind(f) == nil
    }

    /// A short line on its own (blank line or start before it, blank line after it) that does not end like a sentence.
    /// `kinds` holds the `LineKind` of each of `lines`; `index` is the place of `line` in `lines`.
    func isPlainHeading(_ line: SourceLine, lines: [SourceLine], kinds: [LineKind], index: Int) -> Bool {
        let t = LineKind.stripBold(line.text.trimmingBlanks)
        guard let first = t.first, first.isUppercase || first.isNumber, let last = t.last,
              !".,;:!?".contains(last), t.split(separator: " ").count <= 10 else { return false }
        let next = lines.dropFirst(index + 1).first
        let prev = index > 0 ? lines[index - 1] : nil
        let blankAfter = next.map {
            if case .bullet = kinds[index + 1] { return true }
            let n = $0.text.trimmingBlanks
            // A short line over a longer one that starts a sentence: a heading with its text right below it.
            if let f = n.first, f.isUppercase, t.count <= 60, n.count > t.count + 20,
               t.split(separator: " ").count <= 8 { return true }
            return n.isEmpty
        } ?? true
        let blankBefore = prev.map { $0.text.trimmingBlanks.isEmpty } ?? true
        return blankAfter && blankBefore
    }

    /// `Agendapunt 3 - Titel`, `Punt 4: Titel`: the title after the prefix word and number.
    func prefixedHeading(_ t: String) -> String? {
        guard t.count <= 160, let last = t.last, !".;,".contains(last) else { return nil }
        let toks = Tokenizer.tokens(t)
        guard toks.count >= 3, toks.count <= 16 else { return nil }
        for prefix in doc.headingPrefixes ?? [] {
            let words = prefix.split(separator: " ").map(String.init)
            guard toks.count > words.count + 1, zip(toks, words).allSatisfy({ $0.folded == $1 }),
                  toks[words.count].text.first?.isNumber == true else { continue }
            var rest = t[toks[words.count].range.upperBound...].drop { " .:-–)".contains($0) }
            rest = rest.drop { $0 == " " }
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }

    func isTitleLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard let first = label.first, first.isUppercase || first.isNumber, words.count <= 16,
              let w = words.first, !doc.nonTitleStarts.contains(Tokenizer.fold(String(w))) else { return false }
        return !Self.hasSentenceBreak(label)
    }

    /// True when `text` has `.`, `!` or `?`, a space and a capital A–Z in a row (the regular
    /// expression `[.!?] [A-Z]`, scanned by hand: compiling the expression per line was costly).
    static func hasSentenceBreak(_ text: String) -> Bool {
        var previous: (Unicode.Scalar?, Unicode.Scalar?) = (nil, nil)
        for s in text.unicodeScalars {
            if let p = previous.0, p == "." || p == "!" || p == "?", previous.1 == " ", ("A"..."Z").contains(s) { return true }
            previous = (previous.1, s)
        }
        return false
    }

    /// The statement kind a line label gives, or nil for a label that is not a statement label.
    func labelKind(_ label: String) -> UnitLabel? {
        var f = Tokenizer.fold(label).trimmingBlanks
        while let l = f.last, l == ":" || l == "*" { f.removeLast() }
        guard let firstWord = Tokenizer.tokens(f).first?.folded else { return nil }
        if labels.none.contains(where: { f == $0 || f.hasPrefix($0 + " ") }) { return .neither }
        let kind: UnitLabel
        if labels.decision.contains(firstWord) { kind = .decision }
        else if labels.followUp.contains(firstWord) || f.hasPrefix("►") { kind = .followUp }
        else if labels.both.contains(firstWord) { kind = .both }
        else { return nil }
        return isDone(f) ? .neither : kind
    }

    /// The label kind of the last word of a line ending in a colon (`Het Veiligheidsberaad besluit:`).
    func trailingLabelKind(_ label: String) -> UnitLabel? {
        guard let last = Tokenizer.tokens(label).last?.folded, Tokenizer.tokens(label).count > 1 else { return nil }
        return labelKind(last)
    }

    func isDone(_ text: String) -> Bool {
        let f = Tokenizer.fold(text)
        let words = Set(Tokenizer.tokens(f).map(\.folded))
        return labels.done.contains { words.contains($0) || (f.hasPrefix($0) && !$0.first!.isLetter) }
    }

    func block(containing line: Int?, in lines: [SourceLine]) -> Set<Int> {
        guard let line, let i = lines.firstIndex(where: { $0.number == line }) else { return [] }
        var out: Set<Int> = [line]
        var j = i + 1
        while j < lines.count, !lines[j].text.trimmingBlanks.isEmpty {
            out.insert(lines[j].number)
            j += 1
        }
        return out
    }

    /// A signature without a closing formula: a short line naming a signatory, ending in a comma
    /// (`De Minister van Justitie en Veiligheid,`).
    func isSignature(_ line: String) -> Bool {
        let t = line.trimmingBlanks
        guard t.hasSuffix(","), t.split(separator: " ").count <= 8 else { return false }
        return lex.compiled.parties.author(in: [t]) != nil
    }

    func startsWithAny(_ folded: String, _ cues: [String]) -> Bool {
        cues.contains { folded.hasPrefix($0) }
    }

    func containsAny(_ folded: String, _ cues: [String]) -> Bool {
        cues.contains { folded.contains($0) }
    }
}
