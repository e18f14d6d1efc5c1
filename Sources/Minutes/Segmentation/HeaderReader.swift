import Foundation

/// What the top of a document says about the meeting (ANNOTATION.md §2).
struct MeetingHeader: Sendable, Hashable {
    /// The body reported on (`LOVP`, `Veiligheidsberaad`, ...; bodies lexicon).
    var body: String
    /// The meeting date, ISO `YYYY-MM-DD`; empty when no date was found.
    var date: String
    /// The title line without markup; for a letter the text of its `Onderwerp:`/`Betreft:` line.
    var title: String
    /// File line of the document's first line (never an agenda item).
    var titleLine: Int?
    /// The party `ik`/`wij` stand for (the signatory), when the document names one.
    var author: String?
}

/// Reads body, meeting date, title and author from the cleaned lines.
struct HeaderReader {
    let lex: Lexicons
    private var doc: BodiesFile.Document { lex.bodiesFile.document }

    init(lexicons: Lexicons) { lex = lexicons }

    /// The header of `lines`.
    /// - Throws: `MinutesError` (with `fileName`) when the title (or a letter's subject line)
    ///   names neither a meeting body nor a kind of minutes (`minutesKinds` in bodies.json),
    ///   or when no meeting date can be found.
    func read(_ lines: [SourceLine], fileName: String) throws -> MeetingHeader {
        let nonBlank = lines.filter { !$0.text.trimmingBlanks.isEmpty }
        guard let first = nonBlank.first else { throw MinutesError(file: fileName, message: "the document is empty", kind: .empty) }
        let top = Array(nonBlank.prefix(20))
        let subject = top.lazy.compactMap { self.labelValue($0.text, labels: self.doc.subjectLabels) }.first
        let isLetter = subject != nil
        let title = subject ?? LineKind.stripBold(first.text.trimmingBlanks.drop { $0 == "#" }.trimmingBlanks)

        guard namesMinutes(title) || subject.map(namesMinutes) == true || namesMinutes(first.text) else {
            throw MinutesError(file: fileName, message: "not minutes: the title names no meeting body (LOVP, Veiligheidsberaad, …) nor a kind of minutes (verslag, besluitenlijst, terugkoppeling, …)",
                               kind: .notMinutes)
        }
        let body = findBody(in: [title] + top.map(\.text)) ?? findBody(in: lines.map(\.text)) ?? title
        guard let date = findDate(title: title, top: top, all: lines, isLetter: isLetter) else {
            throw MinutesError(file: fileName, message: "no meeting date found in the header", kind: .noDate)
        }
        var signers = top.compactMap { labelValue($0.text, labels: ["van", "afzender"]) }
        let closings = doc.closings
        if let close = lines.lastIndex(where: { l in
            let head = Tokenizer.fold(String(l.text.trimmingBlanks.prefix(40)))
            return closings.contains { head.hasPrefix($0) }
        }) {
            signers += lines[close...].map(\.text)
        }
        // A signature block without a closing formula: the short lines that end the document.
        signers += nonBlank.suffix(3).filter { $0.text.split(separator: " ").count <= 8 }.map(\.text)
        return MeetingHeader(body: body, date: date, title: title, titleLine: first.number,
                             author: lex.compiled.parties.author(in: signers))
    }

    /// True when `line` names a meeting body or a kind of minutes (bodies lexicon).
    /// Whether `line` names a meeting body or a kind of minutes (a title of minutes).
    func namesMinutes(_ line: String) -> Bool {
        if findBody(in: [line]) != nil { return true }
        let folded = Tokenizer.fold(line)
        return (doc.minutesKinds ?? []).contains { folded.contains(Tokenizer.fold($0)) }
    }

    private func labelValue(_ line: String, labels: [String]) -> String? {
        guard case let .label(label, rest, _) = LineKind.of(line), labels.contains(Tokenizer.fold(label)),
              !rest.isEmpty else { return nil }
        return rest.trimmingBlanks
    }

    private func findBody(in texts: [String]) -> String? {
        for t in texts {
            let toks = Tokenizer.tokens(t)
            var best: (start: Int, name: String)?
            for b in lex.compiled.bodies {
                if let m = b.cues.matches(in: toks).first, best == nil || m.start < best!.start { best = (m.start, b.name) }
            }
            if let best { return best.name }
        }
        return nil
    }

    /// Title first, then lines that announce the meeting; a letter's own date line is skipped.
    private func findDate(title: String, top: [SourceLine], all: [SourceLine], isLetter: Bool) -> String? {
        let letterYear = top.lazy.compactMap { l -> String? in
            guard let v = self.labelValue(l.text, labels: self.doc.letterDateLabels) else { return nil }
            return DutchDates.explicitDates(in: v, reference: nil).first?.iso
        }.first
        let reference = letterYear
        if let d = DutchDates.explicitDates(in: title, reference: reference).first { return d.iso }
        let notMeeting = doc.notMeetingDateCues ?? []
        func isOtherDate(_ l: SourceLine) -> Bool {
            let f = Tokenizer.fold(l.text)
            if notMeeting.contains(where: { f.contains($0) }) { return true }
            if isLetter, labelValue(l.text, labels: doc.letterDateLabels) != nil { return true }
            // "Den Haag, 3 februari 2025": the place and date of a letter.
            if isLetter, let comma = l.text.firstIndex(of: ","), l.text[..<comma].split(separator: " ").count <= 3,
               l.text[..<comma].first?.isUppercase == true, l.text.split(separator: " ").count <= 7 { return true }
            return false
        }
        for l in top {
            let f = Tokenizer.fold(l.text)
            if isOtherDate(l) { continue }
            guard doc.meetingDateCues.contains(where: { f.contains($0) }) else { continue }
            if let d = DutchDates.explicitDates(in: l.text, reference: reference).first { return d.iso }
        }
        for l in all {
            if isOtherDate(l) { continue }
            if let d = DutchDates.explicitDates(in: l.text, reference: reference).first { return d.iso }
        }
        return letterYear
    }
}
