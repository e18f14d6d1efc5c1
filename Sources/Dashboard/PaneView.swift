import Foundation

/// One topic pane: its items and, under each, its follow-ups as `[ ]` / `[x]` / `[~]` / `[-]`
/// with parties and deadline (ISSUE 2 point 6).
extension DashboardState {
    /// The title of pane `p`: its number, name and count of open follow-ups.
    func paneTitle(_ p: Int) -> String {
        "\(p + 1) \(strings.paneTitles[p]) (\(panes[p].openCount))"
    }

    func drawPane(_ c: inout Canvas, _ p: Int, in box: Rect) {
        let focused = p == pane && mode != .detail && !(mode != .browse && previousMode == .detail)
        c.box(box, title: [Span(paneTitle(p), focused ? .selected : .title)], role: focused ? .title : .border)
        let inner = box.inner
        guard inner.w > 0, inner.h > 0 else { return }
        let rows = panes[p].rows
        if rows.isEmpty {
            let why = strings.emptyPane(filtered: hasRowFilters || panes[p].unfilteredItems > 0)
            let lines = Wrap.lines(Wrap.Styled(why.map { ($0, Role.muted) }), width: inner.w)
            for (r, line) in lines.prefix(inner.h).enumerated() {
                c.draw(line, x: inner.x, y: inner.y + r, width: inner.w)
            }
            return
        }
        let top = scrollOffset(p, height: inner.h)
        let sel = min(cursors[p].index, rows.count - 1)
        for r in 0..<inner.h where top + r < rows.count {
            let i = top + r
            let selected = focused && i == sel
            var spans = rowSpans(rows[i], width: inner.w)
            if !query.isEmpty { spans = highlightMatches(spans) }
            if selected {
                spans = spans.map { Span($0.text, $0.role == .highlight ? .highlight : .selected) }
                c.fill(Rect(x: inner.x, y: inner.y + r, w: inner.w, h: 1), role: .selected)
            }
            c.draw(spans, x: inner.x, y: inner.y + r, width: inner.w)
        }
        let total = max(rows.count, panes[p].totalRows)
        if total > inner.h {   // position in the bottom border: " 3/12 "
            let pos = " \(sel + 1)/\(total) "
            let w = TextWidth.of(pos)
            if box.w > w + 4 { c.draw(pos, x: box.x + box.w - 2 - w, y: box.y + box.h - 1, width: w, role: .muted) }
        }
    }

    /// The spans of one row, before selection and search highlighting. When the row is wider
    /// than `width` columns, the parties are cut to a third of it, so that the start of the
    /// follow-up's sentence stays in sight (at 200×60 a pane is 66 columns, and
    /// "30 november 2026 · minister van Justitie en Veiligheid — " left no room for it).
    func rowSpans(_ row: Row, width: Int = .max) -> [Span] {
        switch row.kind {
        case .item(let i):
            let item = data.items[i]
            var spans = [Span(item.title, .title)]
            if data.meetingCount > 1, item.meeting >= 0, item.meeting < data.meetings.count {
                let m = data.meetings[item.meeting]
                spans.append(Span(" · \(m.body) \(strings.date(m.date))", .muted))
            }
            return spans
        case .followUp(let f):
            let fu = data.followUp(f)
            let overdue = isOverdue(f)
            let textRole: Role = fu.status == .done ? .done : (fu.status == .lapsed ? .muted : .normal)
            var spans = [Span("  "), Span(fu.status.box, fu.status == .done ? .done : .normal)]
            // One mark after the box: "…" while a save is pending, "!" when overdue.
            spans.append(pending[fu.key] != nil ? Span("…", .muted) : overdue ? Span("!", .overdue) : Span(" "))
            if let due = fu.due {   // the deadline first: short, and cut last in narrow panes
                spans.append(Span(strings.shortDate(due), overdue ? .overdue : textRole))
                spans.append(Span(" · ", .muted))
            } else if let phrase = fu.dueText, !phrase.isEmpty {   // a vague deadline as written
                spans.append(Span(phrase, .muted))
                spans.append(Span(" · ", .muted))
            }
            var parties = fu.parties.isEmpty ? strings.none : fu.parties.joined(separator: ", ")
            let before = spans.reduce(0) { $0 + TextWidth.of($1.text) }
            if width != .max, before + TextWidth.of(parties) + 3 + TextWidth.of(fu.text) > width {
                parties = TextWidth.truncate(parties, to: max(20, width / 3))
            }
            spans.append(Span(parties, textRole))
            // A note is marked early in the row, where a narrow pane still shows it.
            if fu.note != nil { spans.append(Span(" ✎", .muted)) }
            spans.append(Span(" — ", .muted))
            spans.append(Span(fu.text, textRole))
            return spans
        }
    }

    /// Split spans so the search text's occurrences carry the `.highlight` role.
    func highlightMatches(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for s in spans {
            var rest = Substring(SafeText.line(s.text))
            while let r = rest.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]),
                  !r.isEmpty {
                if r.lowerBound > rest.startIndex { out.append(Span(String(rest[..<r.lowerBound]), s.role)) }
                // Inside text that is already highlighted (the follow-up's sentence in the
                // detail) a match is shown in reverse, so it still stands out.
                out.append(Span(String(rest[r]), s.role == .highlight ? .selected : .highlight))
                rest = rest[r.upperBound...]
            }
            if !rest.isEmpty { out.append(Span(String(rest), s.role)) }
        }
        return out
    }
}
