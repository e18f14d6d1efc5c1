import Foundation

/// The help overlay (`?`) and the party picker (`p`), drawn over the panes.
extension DashboardState {
    /// A centred box of at most `maxW`×`maxH`, cleared; nil when the screen is too small.
    func overlayBox(_ c: inout Canvas, maxW: Int, maxH: Int, title: String) -> Rect? {
        let w = min(maxW, width - 4), h = min(maxH, height - 4)
        guard w >= 10, h >= 3 else { return nil }
        let r = Rect(x: (width - w) / 2, y: (height - h) / 2, w: w, h: h)
        c.fill(r)
        c.box(r, title: [Span(title, .selected)], role: .title)
        return r
    }

    /// The help text, generated from the keymap tables of every mode plus the legend of
    /// the row marks: one entry per line.
    func helpLines() -> [[Span]] {
        let s = strings
        var out: [[Span]] = []
        for mode in [Mode.browse, .detail, .picker, .search] {
            if !out.isEmpty { out.append([]) }
            out.append([Span(s.modeTitle(mode), .title)])
            for b in Keymap.bindings(mode) {
                let keys = b.label ?? b.keys.map(s.keyName).joined(separator: " ")
                out.append([Span("  " + TextWidth.pad(keys, to: 16), .hint), Span(s.describe(b.action))])
            }
        }
        out.append([])
        let legend = FollowUpStatus.allCases.map { "\($0.box) \(s.status($0).lowercased())" }
        out.append([Span(legend.joined(separator: "  "), .muted)])
        out.append([Span("!", .overdue), Span(s.en ? " overdue" : " over de deadline", .muted)])
        return out
    }

    func drawHelp(_ c: inout Canvas) {
        let lines = helpLines()
        guard let box = overlayBox(&c, maxW: 64, maxH: lines.count + 2, title: strings.help) else { return }
        let inner = box.inner
        let top = min(helpScroll, max(0, lines.count - inner.h))
        for r in 0..<inner.h where top + r < lines.count {
            c.draw(lines[top + r], x: inner.x + 1, y: inner.y + r, width: inner.w - 1)
        }
    }

    /// Parties with counts, narrowing as you type; `[x]` marks the ones chosen.
    func drawPicker(_ c: inout Canvas) {
        let list = partyCounts()
        let title = strings.modeTitle(.picker)
        guard let box = overlayBox(&c, maxW: 52, maxH: max(6, list.count + 4), title: title) else { return }
        let inner = box.inner
        c.draw([Span("> ", .hint), Span(picker.query), Span("▏", .hint)], x: inner.x + 1, y: inner.y, width: inner.w - 1)
        let listH = inner.h - 1
        guard listH > 0 else { return }
        if list.isEmpty {
            c.draw(strings.noParties, x: inner.x + 1, y: inner.y + 1, width: inner.w - 1, role: .muted)
            return
        }
        let cur = min(picker.cursor, list.count - 1)
        let top = max(0, min(cur - listH + 1, list.count - listH))
        for r in 0..<listH where top + r < list.count {
            let e = list[top + r]
            let mark = picker.checked.contains(e.name) ? "[x] " : "[ ] "
            let count = " \(e.count)"
            let nameW = inner.w - 2 - TextWidth.of(mark) - TextWidth.of(count)
            let row = mark + TextWidth.pad(e.name, to: max(1, nameW)) + count
            let y = inner.y + 1 + r
            if top + r == cur { c.fill(Rect(x: inner.x, y: y, w: inner.w, h: 1), role: .selected) }
            c.draw(row, x: inner.x + 1, y: y, width: inner.w - 1, role: top + r == cur ? .selected : .normal)
        }
    }
}
