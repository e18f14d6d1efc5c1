import Foundation

/// The tab row of the narrow layout: every pane named with its count, the focused one
/// marked; a click on a tab focuses its pane (Mouse.swift).
extension DashboardState {
    func drawTabs(_ c: inout Canvas, _ r: Rect) {
        var x = r.x
        for (i, label) in tabLabels(width: r.w).enumerated() {
            let role: Role = i == pane ? .selected : .title
            x += c.draw(label, x: x, y: r.y, width: max(0, r.x + r.w - x), role: role)
            if i < 4 { c.put(Cell("│", role: .border), x: x, y: r.y); x += 1 }
        }
    }

    /// Column ranges of the tabs in the tab row, in pane order.
    func tabRanges(width: Int) -> [Range<Int>] {
        var x = 0
        return tabLabels(width: width).map { label in
            let w = TextWidth.of(label)
            defer { x += w + 1 }
            return x..<(x + w)
        }
    }

    /// The tab labels (" 1 Ondermijning (2) "), made to fit `width` columns together with
    /// one separator column between tabs. The focused tab keeps its full name; the others
    /// step down, as far as needed, to their short names with counts (" 2 VOG (1) "), short
    /// names alone, and last names cut with "…". (At 80 columns the cut names read
    /// "Scree…", "COA-i…": found by trying the dashboard at 80×24.)
    func tabLabels(width: Int) -> [String] {
        let titles = strings.paneTitles, shorts = strings.shortPaneTitles
        func fits(_ labels: [String]) -> Bool { labels.reduce(4) { $0 + TextWidth.of($1) } <= width }
        let full = (0..<5).map { " \($0 + 1) \(titles[$0]) (\(panes[$0].openCount)) " }
        let withCounts = (0..<5).map { $0 == pane ? full[$0] : " \($0 + 1) \(shorts[$0]) (\(panes[$0].openCount)) " }
        let bare = (0..<5).map { $0 == pane ? full[$0] : " \($0 + 1) \(shorts[$0]) " }
        for labels in [full, withCounts, bare] where fits(labels) { return labels }
        let mine = TextWidth.of(full[pane])
        let share = max(4, (width - 4 - mine) / 4)
        return (0..<5).map { i in
            if i == pane { return TextWidth.truncate(full[i], to: max(4, width - 4 - share * 4)) }
            return TextWidth.truncate(bare[i], to: share)
        }
    }
}
