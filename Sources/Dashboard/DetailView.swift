import Foundation

/// The detail of the selected follow-up or item (DESIGN.md "Dashboard"): the item's text
/// with the follow-up's sentence highlighted, parties, deadline, status, note, source file
/// and 1-based lines.
extension DashboardState {
    /// The detail's content wrapped to `width` columns, one entry per screen line.
    func detailLines(width: Int) -> [[Span]] {
        guard width > 0, let row = selectedRow else {
            return width > 0 ? Wrap.lines(Wrap.Styled(strings.emptyPane(filtered: hasRowFilters).map { ($0, Role.muted) }), width: width) : []
        }
        let s = strings
        var out: [[Span]] = []
        let itemIdx: Int
        var fu: DashboardData.FollowUp?
        var overdue = false
        switch row.kind {
        case .item(let i): itemIdx = i
        case .followUp(let f):
            fu = data.followUp(f)
            overdue = isOverdue(f)
            itemIdx = Int(data.columns.items[f])
        }
        guard itemIdx >= 0, itemIdx < data.items.count else { return [] }
        let item = data.items[itemIdx]
        out += Wrap.lines(Wrap.Styled(SafeText.line(item.title).map { ($0, Role.title) }), width: width)
        if item.meeting >= 0, item.meeting < data.meetings.count {
            let m = data.meetings[item.meeting]
            // The title only when several meetings are loaded (with one, the header has it).
            let line = "\(m.body) · \(s.date(m.date))" + (data.meetingCount > 1 ? " · \(m.title)" : "")
            out += Wrap.lines(Wrap.Styled(SafeText.line(line).map { ($0, Role.muted) }), width: width)
        }
        out.append([])
        let text = SafeText.multiline(data.itemText[item.key] ?? "")
        if let fu {
            let sentence = SafeText.line(fu.text)
            var (styled, found) = Wrap.highlight(text, sentence: sentence, base: .normal, mark: .highlight)
            if !found {   // no item text, or the sentence is not in it: show the sentence alone
                if !styled.isEmpty { styled.append(("\n", .normal)) }
                styled += sentence.map { ($0, Role.highlight) }
            }
            out += fields(for: fu, item: item, overdue: overdue, width: width)
            out.append([])
            out += Wrap.lines(styled, width: width)
        } else {
            if !text.isEmpty {
                out += Wrap.lines(Wrap.Styled(text.map { ($0, Role.normal) }), width: width)
                out.append([])
            }
            let n = index.followUpsOfItem[itemIdx].count
            out += field(s.followUpsLabel, "\(n)", width: width)
            out += field(s.source, "\(item.sourceFile), \(s.lines(item.lines))", width: width)
        }
        return out
    }

    private func fields(for fu: DashboardData.FollowUp, item: DashboardData.Item, overdue: Bool, width: Int) -> [[Span]] {
        let s = strings
        var out: [[Span]] = []
        out += field(s.parties, fu.parties.isEmpty ? s.none : fu.parties.joined(separator: ", "), width: width)
        var due = fu.due.map(s.date) ?? s.none
        if let t = fu.dueText.map(SafeText.line), !t.isEmpty { due = fu.due == nil ? t : due + " (\(t))" }
        out += field(s.deadline, (overdue ? "! " : "") + due, role: overdue ? .overdue : .normal, width: width)
        var status = fu.status.box + " " + s.status(fu.status)
        if let p = pending[fu.key] { status += " → " + s.status(p) + " (" + s.saving + ")" }
        out += field(s.statusLabel, status, role: fu.status == .done ? .done : .normal, width: width)
        out += field(s.note, fu.note.map { SafeText.line($0) } ?? s.none, width: width)
        out += field(s.source, "\(item.sourceFile), \(s.lines(fu.lines))", width: width)
        out += field("ID", fu.shortID, width: width)
        return out
    }

    /// "Label     value", the value wrapped under itself.
    private func field(_ label: String, _ value: String, role: Role = .normal, width: Int) -> [[Span]] {
        let labelW = 12
        guard width > labelW + 4 else {
            return Wrap.lines(Wrap.Styled((label + ": " + value).map { ($0, role) }), width: width)
        }
        let wrapped = Wrap.lines(Wrap.Styled(SafeText.line(value).map { ($0, role) }), width: width - labelW)
        return wrapped.enumerated().map { i, line in
            [Span(TextWidth.pad(i == 0 ? label : "", to: labelW), .muted)] + line
        }
    }

    /// Draw the detail in its box (focused: title shown as selected).
    func drawDetail(_ c: inout Canvas, in box: Rect) {
        let focused = mode == .detail || (previousMode == .detail && mode != .browse)
        c.box(box, title: [Span(strings.detail, focused ? .selected : .title)], role: focused ? .title : .border)
        let inner = box.inner
        let lines = detailLines(width: inner.w)
        let top = min(detailScroll, max(0, lines.count - inner.h))
        for r in 0..<inner.h where top + r < lines.count {
            let line = query.isEmpty ? lines[top + r] : highlightMatches(lines[top + r])
            c.draw(line, x: inner.x, y: inner.y + r, width: inner.w)
        }
        if lines.count > inner.h && inner.h > 0 {   // a scroll mark on the border: ▼ more below
            let more = top + inner.h < lines.count
            c.put(Cell(more ? "▼" : "▲", role: .muted), x: box.x + box.w - 1, y: box.y + box.h - 2)
        }
    }
}
