import Foundation

/// Cuts cleaned lines into agenda items (ANNOTATION.md §3; issue 2 point 2, issue 3
/// "Segmentation"): headings (Markdown, numbered, plain short lines), colon-headed paragraphs,
/// untitled paragraphs, bullets, labelled lines, `►` lines and action tables. The header block,
/// salutation, intro summaries, section labels, closing formula and signature are not items.
struct Segmenter {
    let lex: Lexicons
    var doc: BodiesFile.Document { lex.bodiesFile.document }
    let labels: StatementsFile.Labels

    init(lexicons: Lexicons) {
        lex = lexicons
        labels = lexicons.statements.labels
    }

    /// The items of `lines`; `titleLine` is the document's title line (never an item).
    func segments(_ lines: [SourceLine], titleLine: Int?) -> [Segment] {
        var st = State()
        let titleBlock = block(containing: titleLine, in: lines)
        let kinds = lines.map { LineKind.of($0.text) }
        for (n, line) in lines.enumerated() {
            if st.closed { break }
            let kind = kinds[n]
            if kind == .blank {
                st.paragraphOpen = false
                st.bulletOpen = false
                st.sawBlank = true
                st.skippingParagraph = false
                continue
            }
            defer { st.sawBlank = false }
            if titleBlock.contains(line.number) || st.skippingParagraph { continue }
            let folded = Tokenizer.fold(line.text.trimmingBlanks)
            let signature = kind == .text && !st.paragraphOpen && !st.bulletOpen && isSignature(line.text)
            if startsWithAny(folded, doc.closings) || signature { st.closed = true; continue }
            if st.items.isEmpty && isHeaderLine(kind, folded: folded) {
                if !st.paragraphOpen && startsWithAny(folded, doc.introCues) || containsAny(folded, doc.introCues) { st.skippingParagraph = true }
                continue
            }
            if isSectionLabel(folded) {
                st.listLabel = nil
                st.sectionLabel = LineKind.stripBold(line.text.trimmingBlanks).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
                continue
            }
            if Legend.isLegend(kind, lexicons: lex) { continue }
            switch kind {
            case .blank, .tableRule:
                continue
            case let .heading(title, markdown):
                if !markdown, let l = labelKind(title) { handleLabel(l, rest: "", offset: 0, line: line, st: &st); continue }
                st.startItem(Segment(title: title, origin: .heading, firstLine: line.number, lastLine: line.number))
                st.listLabel = nil
            case let .tableRow(cells):
                tableRow(cells, line: line.number, st: &st)
            case let .bullet(body, offset):
                var label = st.listLabel ?? .plain
                var text = body, off = offset
                if case let .label(l, rest, o)? = Optional(LineKind.of(body)), let k = labelKind(l) {
                    label = k
                    text = rest
                    off = offset + o
                }
                if isDone(text) { label = .neither }
                var u = TextUnit(label: label)
                u.append(String(line.text.dropFirst(off)), line: line.number)
                st.addUnit(u, line: line.number)
                st.bulletOpen = true
                st.paragraphOpen = false
            case let .arrow(rest, offset):
                var u = TextUnit(label: isDone(rest) ? .neither : .followUp)
                u.append(String(line.text.dropFirst(offset)), line: line.number)
                st.addUnit(u, line: line.number)
                st.paragraphOpen = false
            case let .label(label, rest, offset):
                if let title = prefixedHeading(line.text.trimmingBlanks) {
                    st.startItem(Segment(title: title, origin: .heading, firstLine: line.number, lastLine: line.number))
                    st.listLabel = nil
                } else if let k = labelKind(label) {
                    handleLabel(k, rest: rest, offset: offset, line: line, st: &st)
                } else if rest.isEmpty, let k = trailingLabelKind(label) {
                    // "Het Veiligheidsberaad besluit:" — the sentence is text, the list under it has the label.
                    text(line, lines: lines, kinds: kinds, index: n, st: &st)
                    st.listLabel = k
                    st.labelLineJustSeen = true
                } else if !st.paragraphOpen && !st.bulletOpen && isTitleLabel(label) {
                    st.startItem(Segment(title: label, origin: .colonLabel, firstLine: line.number, lastLine: line.number))
                    st.listLabel = nil
                    var u = TextUnit(isParagraph: true)
                    u.append(String(line.text.dropFirst(offset)), line: line.number)
                    st.addUnit(u, line: line.number)
                    st.paragraphOpen = true
                } else {
                    text(line, lines: lines, kinds: kinds, index: n, st: &st)
                }
            case .text:
                text(line, lines: lines, kinds: kinds, index: n, st: &st)
            }
        }
        return st.items.filter { !$0.units.isEmpty || $0.origin == .heading }
    }

    private func handleLabel(_ k: UnitLabel, rest: String, offset: Int, line: SourceLine, st: inout State) {
        // "Actie: geen." says there is nothing.
        if (labels.empty ?? []).contains(Tokenizer.fold(rest.trimmingBlanks)) { return }
        if rest.trimmingBlanks.isEmpty {
            st.listLabel = k
            st.labelLineJustSeen = true
            return
        }
        var u = TextUnit(label: k)
        u.append(String(line.text.dropFirst(offset)), line: line.number)
        st.addUnit(u, line: line.number)
        st.paragraphOpen = false
        st.bulletOpen = true
        st.labelLineJustSeen = false
    }

    private func text(_ line: SourceLine, lines: [SourceLine], kinds: [LineKind], index: Int, st: inout State) {
        let trimmed = line.text.trimmingBlanks
        let indented = line.text.first == " " || line.text.first == "\t"
        let startsLower = trimmed.first?.isLowercase ?? false
        if var u = st.lastUnit, st.paragraphOpen
            || st.bulletOpen && (indented || startsLower || !(u.text.last.map { ".!?;".contains($0) } ?? false)) {
            u.append(trimmed, line: line.number)
            st.replaceLastUnit(u, line: line.number)
            return
        }
        // "**Besluiten**", "Acties" on a line of their own: the label of the list below.
        let bare = LineKind.stripBold(trimmed)
        if bare.count <= 40, bare.split(separator: " ").count <= 3, let last = bare.last, !".;,!?".contains(last), let k = labelKind(bare) {
            st.listLabel = k
            st.labelLineJustSeen = true
            st.paragraphOpen = false
            return
        }
        if let title = prefixedHeading(trimmed) {
            st.startItem(Segment(title: title, origin: .heading, firstLine: line.number, lastLine: line.number))
            st.listLabel = nil
            return
        }
        if isPlainHeading(line, lines: lines, kinds: kinds, index: index) {
            st.startItem(Segment(title: LineKind.stripBold(trimmed), origin: .heading, firstLine: line.number, lastLine: line.number))
            st.listLabel = nil
            return
        }
        let labelHere = st.labelLineJustSeen && !st.sawBlank ? st.listLabel : nil
        if labelHere == nil { st.listLabel = nil }
        // A paragraph cut mid-sentence (blank line, page break) that goes on in lower case joins the last one.
        if let u = st.lastUnit, u.isParagraph, let last = u.text.last, !".!?:;".contains(last),
           let first = trimmed.first, first.isLowercase {
            var v = u
            v.append(trimmed, line: line.number)
            st.replaceLastUnit(v, line: line.number)
            st.paragraphOpen = true
            return
        }
        var u = TextUnit(label: labelHere ?? .plain, isParagraph: true)
        u.append(trimmed, line: line.number)
        if st.current?.origin != .heading {
            st.startItem(Segment(title: "", origin: .untitled, firstLine: line.number, lastLine: line.number))
        }
        st.addUnit(u, line: line.number)
        st.paragraphOpen = true
        st.labelLineJustSeen = false
    }

    private func tableRow(_ cells: [String], line: Int, st: inout State) {
        let folded = cells.map { Tokenizer.fold($0) }
        let cols = doc.tableColumns
        func col(_ names: [String]) -> Int? { folded.firstIndex { names.contains($0) } }
        if let a = col(cols.action), col(cols.who) != nil || col(cols.item) != nil || col(cols.when) != nil {
            st.table = TableMap(item: col(cols.item), action: a, who: col(cols.who), when: col(cols.when), status: col(cols.status))
            return
        }
        guard let map = st.table, map.action < cells.count else { return }
        let cell = { (i: Int?) -> String? in i.flatMap { $0 < cells.count ? cells[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 } }
        let done = cells.enumerated().contains { $0.offset != map.action && $0.offset != map.item && isDone($0.element) }
        var u = TextUnit(label: done ? .neither : .followUp)
        u.append(cells[map.action], line: line)
        u.tableWho = cell(map.who)
        u.tableWhen = cell(map.when)
        if let title = cell(map.item) {
            let key = Tokenizer.fold(title)
            if let i = st.items.lastIndex(where: { Tokenizer.fold($0.title) == key }) {
                st.items[i].units.append(u)
                st.items[i].lastLine = max(st.items[i].lastLine, line)
                return
            }
            st.startItem(Segment(title: title, origin: .table, firstLine: line, lastLine: line))
        } else if st.current == nil || st.sectionLabel != nil && st.current?.origin != .table {
            // A table without an item column under a section label ("Actielijst") is an item of that name.
            st.startItem(Segment(title: st.sectionLabel ?? "", origin: .table, firstLine: line, lastLine: line))
            st.sectionLabel = nil
        }
        st.addUnit(u, line: line)
    }
}
