import Foundation

/// A rectangle of cells, 0-based.
struct Rect: Sendable, Hashable {
    var x: Int, y: Int, w: Int, h: Int

    func contains(_ px: Int, _ py: Int) -> Bool { px >= x && px < x + w && py >= y && py < y + h }
    /// The inside of a box drawn on this rectangle's edge.
    var inner: Rect { Rect(x: x + 1, y: y + 1, w: max(0, w - 2), h: max(0, h - 2)) }
}

/// Where everything goes at a given size (ISSUE 5 "Layout that follows the terminal").
///
/// - below `minWidth`×`minHeight`: only the too-small message;
/// - `grid` (from `gridWidth`×`gridHeight`, e.g. 120×40, 160×48, 200×60): the five panes and
///   the detail in a 3×2 grid, the detail in the sixth cell (beside Overig, below Governance);
/// - `tabs` otherwise (e.g. 80×24): a tab row naming all panes, one pane below it; from
///   `besideWidth` columns the detail stands beside the pane, narrower it replaces the pane
///   while it has the focus (Enter … Esc).
///
/// Every layout has the header on the first row, the status line and the hint bar on the
/// last two.
struct Layout: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case tooSmall, tabs, grid }

    static let minWidth = 60, minHeight = 16
    static let gridWidth = 110, gridHeight = 30
    static let besideWidth = 100

    var kind: Kind
    var header = Rect(x: 0, y: 0, w: 0, h: 0)
    var tabRow: Rect?
    /// The box of each pane that is on screen (nil when not shown).
    var panes: [Rect?] = Array(repeating: nil, count: 5)
    var detail: Rect?
    var status = Rect(x: 0, y: 0, w: 0, h: 0)
    var hints = Rect(x: 0, y: 0, w: 0, h: 0)

    /// The layout for a `width`×`height` screen with pane `focused` shown in tabs and
    /// the given mode (the detail replaces the pane in narrow tabs when `mode == .detail`).
    static func compute(width: Int, height: Int, focused: Int, mode: Mode) -> Layout {
        guard width >= minWidth, height >= minHeight else { return Layout(kind: .tooSmall) }
        var l = Layout(kind: width >= gridWidth && height >= gridHeight ? .grid : .tabs)
        l.header = Rect(x: 0, y: 0, w: width, h: 1)
        l.status = Rect(x: 0, y: height - 2, w: width, h: 1)
        l.hints = Rect(x: 0, y: height - 1, w: width, h: 1)
        let top = 1, bodyH = height - 3
        switch l.kind {
        case .grid:
            let colW = width / 3, rowH = bodyH / 2
            var cells: [Rect] = []
            for r in 0..<2 {
                for c in 0..<3 {
                    let x = c * colW, w = c == 2 ? width - x : colW
                    let y = top + r * rowH, h = r == 1 ? bodyH - rowH : rowH
                    cells.append(Rect(x: x, y: y, w: w, h: h))
                }
            }
            for p in 0..<5 { l.panes[p] = cells[p] }
            l.detail = cells[5]
        case .tabs:
            l.tabRow = Rect(x: 0, y: top, w: width, h: 1)
            let body = Rect(x: 0, y: top + 1, w: width, h: bodyH - 1)
            if width >= besideWidth {
                let pw = width * 11 / 20
                l.panes[focused] = Rect(x: 0, y: body.y, w: pw, h: body.h)
                l.detail = Rect(x: pw, y: body.y, w: width - pw, h: body.h)
            } else if mode == .detail {
                l.detail = body
            } else {
                l.panes[focused] = body
            }
        case .tooSmall:
            break
        }
        return l
    }

    /// Rows of list content a pane shows (inside its border), at least 1.
    func listHeight(_ p: Int) -> Int { max(1, (panes[p]?.h ?? 3) - 2) }
}

extension DashboardState {
    /// The layout at the current size, mode and focus.
    var layout: Layout {
        let m = mode == .help || mode == .picker || mode == .search || mode == .note ? previousMode : mode
        return Layout.compute(width: width, height: height, focused: pane, mode: m)
    }

    /// Scroll offset of pane `p` that keeps its selection visible in `height` rows.
    func scrollOffset(_ p: Int, height: Int) -> Int {
        let count = panes[p].rows.count
        let sel = min(max(0, cursors[p].index), max(0, count - 1))
        var s = cursors[p].scroll
        if sel < s { s = sel }
        if sel >= s + height { s = sel - height + 1 }
        return max(0, min(s, max(0, count - height)))
    }

    /// Store the visible scroll offset for every pane (after moves and resizes).
    mutating func fixScroll() {
        let l = layout
        for p in 0..<5 where l.panes[p] != nil {
            cursors[p].scroll = scrollOffset(p, height: l.listHeight(p))
        }
    }
}
