import Foundation

/// The help overlay (`?`) and the party picker (`p`), drawn over the panes.
extension DashboardState {
    /// A centred box of at most `maxW`×`maxH`, cleared; nil when the screen is too small.
    func overlayBox(_ c: inout Canvas, maxW: Int, maxH: Int, title: String) -> Rect? {
        guard let r = overlayRect(maxW: maxW, maxH: maxH) else { return nil }
        c.fill(r)
        c.box(r, title: [Span(title, .selected)], role: .title)
        return r
    }

    /// The help text, generated from the keymap tables of every mode, plus the legend of
    /// the row marks: one section per mode, one entry per line.
    func helpSections() -> [[[Span]]] {
        let s = strings
        var out: [[[Span]]] = []
        for mode in [Mode.browse, .detail, .picker, .search, .note] {
            var lines = [[Span(s.modeTitle(mode), .title)]]
            for b in Keymap.bindings(mode) {
                let keys = b.label ?? b.keys.map(s.keyName).joined(separator: " ")
                lines.append([Span("  " + TextWidth.pad(keys, to: 16), .hint), Span(s.describe(b.action, in: mode))])
            }
            out.append(lines)
        }
        let legend = FollowUpStatus.allCases.map { "\($0.box) \(s.status($0).lowercased())" }
        out.append([[Span(legend[0...1].joined(separator: "  "), .muted)],
                    [Span(legend[2...].joined(separator: "  "), .muted)],
                    [Span("!", .overdue), Span(s.en ? " overdue" : " over de deadline", .muted),
                     Span(s.en ? "  ✎ has a note" : "  ✎ met notitie", .muted)]])
        return out
    }

    static let helpColumn = 58

    /// The help overlay: the sections in one column, or two side by side when wide enough
    /// (the panes' keys left, the rest right); scrolled by `helpScroll`, "▼" when more.
    /// The help's columns (right empty when narrow) and its box size.
    func helpColumns() -> (left: [[Span]], right: [[Span]], boxW: Int, boxH: Int) {
        let sections = helpSections()
        func joined(_ xs: ArraySlice<[[Span]]>) -> [[Span]] {
            xs.enumerated().flatMap { i, sec in i == 0 ? sec : [[]] + sec }
        }
        let col = Self.helpColumn
        let two = width - 4 >= 2 * col + 3
        let left = two ? joined(sections.prefix(1)) : joined(sections[...])
        let right = two ? joined(sections.dropFirst()) : []
        return (left, right, two ? 2 * col + 3 : col + 2, max(left.count, right.count) + 2)
    }

    /// The largest useful `helpScroll` at the current size.
    var maxHelpScroll: Int {
        let h = helpColumns()
        return max(0, h.boxH - min(h.boxH, height - 4))
    }

    func drawHelp(_ c: inout Canvas) {
        let (left, right, boxW, boxH) = helpColumns()
        let col = Self.helpColumn
        let rows = boxH - 2
        guard let box = overlayBox(&c, maxW: boxW, maxH: boxH, title: strings.help) else { return }
        let inner = box.inner
        let top = min(helpScroll, max(0, rows - inner.h))
        for r in 0..<inner.h {
            let i = top + r
            if i < left.count { c.draw(left[i], x: inner.x + 1, y: inner.y + r, width: min(col, inner.w - 1)) }
            if i < right.count { c.draw(right[i], x: inner.x + col + 2, y: inner.y + r, width: inner.w - col - 2) }
        }
        if top + inner.h < rows { c.put(Cell("▼", role: .muted), x: box.x + box.w - 1, y: box.y + box.h - 2) }
    }

    /// Parties with counts, narrowing as you type; `[x]` marks the ones chosen.
    /// A centred overlay of at most `maxW` × `maxH` cells, nil when the screen is too small.
    func overlayRect(maxW: Int, maxH: Int) -> Rect? {
        let w = min(maxW, width - 4), h = min(maxH, height - 4)
        guard w >= 10, h >= 3 else { return nil }
        return Rect(x: (width - w) / 2, y: (height - h) / 2, w: w, h: h)
    }

    /// Where the party picker stands: its box, the first party shown, and the rows of its
    /// list (screen row → index into `partyCounts()`), for drawing and for the mouse. The row
    /// for the chosen parties is kept free from the start (when the box has room), so that
    /// ticking the first party does not move the list.
    func pickerGeometry(_ list: [PartyCount]) -> (box: Rect, top: Int, rows: [(y: Int, index: Int)])? {
        guard let box = overlayRect(maxW: 52, maxH: max(6, list.count + 5)) else { return nil }
        let inner = box.inner
        let listH = inner.h - 1 - (inner.h >= 3 ? 1 : 0)
        guard listH > 0, !list.isEmpty else { return (box, 0, []) }
        let cur = min(picker.cursor, list.count - 1)
        var top = min(picker.top, cur)
        if cur >= top + listH { top = cur - listH + 1 }
        top = max(0, min(top, list.count - listH))
        return (box, top, (0..<listH).filter { top + $0 < list.count }.map { (inner.y + 1 + $0, top + $0) })
    }

    /// Keeps `picker.top` where the list is drawn (after a key, a click, typing).
    mutating func keepPickerTop() {
        picker.top = pickerGeometry(partyCounts())?.top ?? 0
    }

    func drawPicker(_ c: inout Canvas) {
        let list = partyCounts()
        let title = strings.modeTitle(.picker)
        guard let box = overlayBox(&c, maxW: 52, maxH: max(6, list.count + 5), title: title),
              let rows = pickerGeometry(list)?.rows else { return }
        let inner = box.inner
        c.draw([Span("> ", .hint), Span(picker.query), Span("▏", .hint)], x: inner.x + 1, y: inner.y, width: inner.w - 1)
        // The parties chosen so far on the last row (kept free for them), also those the
        // typed text hides.
        if !picker.checked.isEmpty && inner.h >= 3 {
            let names = picker.checked.sorted().joined(separator: ", ")
            c.draw([Span(strings.chosen + ": ", .muted), Span(names, .highlight)],
                   x: inner.x + 1, y: inner.y + inner.h - 1, width: inner.w - 1)
        }
        guard inner.h >= 2 else { return }
        if list.isEmpty {
            c.draw(strings.noParties, x: inner.x + 1, y: inner.y + 1, width: inner.w - 1, role: .muted)
            return
        }
        let cur = min(picker.cursor, list.count - 1)
        for (y, i) in rows {
            let e = list[i]
            let mark = picker.checked.contains(e.name) ? "[x] " : "[ ] "
            let count = " \(e.count)"
            let nameW = inner.w - 2 - TextWidth.of(mark) - TextWidth.of(count)
            let row = mark + TextWidth.pad(e.name, to: max(1, nameW)) + count
            if i == cur { c.fill(Rect(x: inner.x, y: y, w: inner.w, h: 1), role: .selected) }
            c.draw(row, x: inner.x + 1, y: y, width: inner.w - 1, role: i == cur ? .selected : .normal)
        }
    }
}
