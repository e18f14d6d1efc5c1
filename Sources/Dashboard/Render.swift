import Foundation

/// Draw the whole screen for `state` (immediate mode, as ratatui): a new Canvas of the
/// state's size (the options' size, then the last `.resize`). Pure; safe at every size.
public func render(_ state: DashboardState) -> Canvas {
    state.render()
}

extension DashboardState {
    /// See the free function `render(_:)`.
    public func render() -> Canvas {
        var c = Canvas(width: width, height: height)
        let l = layout
        guard l.kind != .tooSmall else {
            drawTooSmall(&c)
            return c
        }
        drawHeader(&c, l.header)
        if let tabs = l.tabRow { drawTabs(&c, tabs) }
        for p in 0..<5 { if let box = l.panes[p] { drawPane(&c, p, in: box) } }
        if let d = l.detail { drawDetail(&c, in: d) }
        drawStatus(&c, l.status)
        drawHints(&c, l.hints)
        switch mode {
        case .help: drawHelp(&c)
        case .picker: drawPicker(&c)
        default: break
        }
        return c
    }

    /// `20×6 — needs 60×16`, centred, cut to the width (nothing at all at 0×0).
    func drawTooSmall(_ c: inout Canvas) {
        let text = strings.tooSmall(width, height, Layout.minWidth, Layout.minHeight)
        var lines = Wrap.lines(Wrap.Styled(text.map { ($0, Role.error) }), width: width)
        let advice = strings.tooSmallAdvice
        if TextWidth.of(advice) <= width, lines.count + 2 <= height {
            lines += [[], [Span(advice, .muted)]]
        }
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.prefix(height).enumerated() {
            let w = line.reduce(0) { $0 + TextWidth.of($1.text) }
            c.draw(line, x: max(0, (width - w) / 2), y: top + i, width: width)
        }
    }

    /// "overleg — LOVP 10 april 2017 · title" and "DEMO" at the right.
    func drawHeader(_ c: inout Canvas, _ r: Rect) {
        c.fill(r, role: .header)
        var right: [Span] = []
        if data.isDemo { right.append(Span(" \(strings.demo) ", .demo)) }
        let rightW = right.reduce(0) { $0 + TextWidth.of($1.text) }
        var text = "overleg"
        if data.meetingCount == 1, let m = data.meetings.first {
            text += " — \(m.body) \(strings.date(m.date)) · \(m.title)"
        } else if data.meetingCount > 1 {
            text += " — " + strings.meetingsCount(data.meetingCount)
            if let f = meetingFilter, f < data.meetings.count {
                text += " · \(data.meetings[f].body) \(strings.date(data.meetings[f].date))"
            }
        }
        c.draw(" " + text, x: r.x, y: r.y, width: max(0, r.w - rightW - 1), role: .header)
        if rightW > 0, r.w > rightW { c.draw(right, x: r.x + r.w - rightW, y: r.y, width: rightW) }
    }

    /// Filters, search and messages (ISSUE 5: every active filter is shown in the status line).
    func drawStatus(_ c: inout Canvas, _ r: Rect) {
        let s = strings
        var spans: [Span] = []
        func add(_ label: String, _ value: String) {
            if !spans.isEmpty { spans.append(Span(" · ", .muted)) }
            spans.append(Span(label + ": ", .muted))
            spans.append(Span(value, .highlight))
        }
        if mode == .search {
            spans.append(Span("/", .highlight))
            spans.append(Span(query))
            spans.append(Span("▏", .hint))
            let m = matchStatus
            spans.append(Span("  " + (m.total == 0 && !query.isEmpty ? s.noMatches : "\(m.current)/\(m.total)"), .muted))
        } else if mode == .note {
            // The end of a long note stays in sight, where the typing is.
            let room = max(1, r.w - TextWidth.of(s.note) - 5)
            var shown = Substring(noteDraft)
            while TextWidth.of(String(shown)) > room, !shown.isEmpty { shown = shown.dropFirst() }
            spans.append(Span(s.note + ": ", .muted))
            spans.append(Span((shown.count < noteDraft.count ? "…" : "") + shown))
            spans.append(Span("▏", .hint))
        } else {
            if !partyFilter.isEmpty { add(s.party, partyFilter.sorted().joined(separator: ", ")) }
            if let st = statusFilter { add(s.statusLabel, s.status(st)) }
            if overdueOnly {
                if !spans.isEmpty { spans.append(Span(" · ", .muted)) }
                spans.append(Span("! " + s.overdueLabel, .overdue))
            }
            if let m = meetingFilter, m < data.meetings.count {
                add(s.meeting, "\(data.meetings[m].body) \(s.date(data.meetings[m].date))")
            }
            if !query.isEmpty {
                let m = matchStatus
                add(s.searchLabel, "\"\(query)\" \(m.total == 0 ? s.noMatches : "\(m.current)/\(m.total)")")
            }
            if sort != .meeting { add(s.sortLabel, s.sort(sort)) }
            if !filterStack.isEmpty { spans.append(Span("  " + s.escClears, .muted)) }
        }
        if let message {
            if !spans.isEmpty { spans.append(Span("  ")) }
            spans.append(Span(message, messageIsError ? .error : .normal))
        } else if spans.isEmpty, data.isDemo, mode == .browse {
            spans.append(Span(s.demoHint, .muted))
        }
        c.draw([Span(" ")] + spans, x: r.x, y: r.y, width: r.w)
    }

    /// The hint bar, generated from the current mode's keymap table: the bindings marked
    /// `hint`, each with its hint label or shortest key name; when they do not fit, entries
    /// are left out in `Keymap.hintDropOrder`, then from the end, keeping help and quit.
    func drawHints(_ c: inout Canvas, _ r: Rect) {
        c.fill(r, role: .hint)
        var chosen = Keymap.bindings(mode).filter(\.hint).map { b -> (Action, [Span]) in
            let key = b.hintLabel ?? b.label ?? b.keys.map(strings.keyName).min { TextWidth.of($0) < TextWidth.of($1) } ?? ""
            return (b.action, [Span(key, .title), Span(" " + strings.hint(b.action, in: mode) + "  ", .hint)])
        }
        // The last entry's two trailing blanks need not fit.
        func total() -> Int { chosen.reduce(-1) { $0 + $1.1.reduce(0) { $0 + TextWidth.of($1.text) } } }
        for drop in Keymap.hintDropOrder where total() > r.w && chosen.count > 2 {
            chosen.removeAll { $0.0 == drop }
        }
        while chosen.count > 2, total() > r.w { chosen.remove(at: chosen.count - 3) }
        var spans = [Span(" ", .hint)] + chosen.flatMap(\.1)
        if let last = spans.last { spans[spans.count - 1].text = String(last.text.dropLast(2)) }
        c.draw(spans, x: r.x, y: r.y, width: r.w)
    }
}
