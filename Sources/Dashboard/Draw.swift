import Foundation

/// A run of text drawn with one role.
struct Span: Sendable, Hashable {
    var text: String
    var role: Role
    init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// Drawing primitives on a Canvas. All text goes through `SafeText.line` and is measured
/// with `TextWidth`; a wide cluster never straddles a limit (a border stays in its column).
extension Canvas {
    /// Put one cell, keeping wide clusters whole: overwriting either half of a wide cluster
    /// blanks the other half.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        clearHalf(x: x, y: y)
        if cell.width == 2 {
            guard x + 1 < width else { self[x, y] = Cell(" ", width: 1, role: cell.role); return }
            clearHalf(x: x + 1, y: y)
            self[x, y] = cell
            self[x + 1, y] = Cell("", width: 0, role: cell.role)
        } else {
            self[x, y] = cell
        }
    }

    private mutating func clearHalf(x: Int, y: Int) {
        let old = self[x, y]
        if old.width == 0, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(" ", width: 1, role: self[x - 1, y].role)
        } else if old.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(" ", width: 1, role: old.role)
        }
    }

    /// Draw spans from column `x` on row `y` in at most `width` columns; text that does not
    /// fit ends in "…". Returns the number of columns used.
    @discardableResult
    mutating func draw(_ spans: [Span], x: Int, y: Int, width maxW: Int) -> Int {
        guard maxW > 0 else { return 0 }
        var clusters: [(Character, Int, Role)] = []
        var total = 0
        for s in spans {
            for ch in SafeText.line(s.text) {
                let w = TextWidth.of(ch)
                if w == 0 { continue }          // a lone mark or joiner draws nothing
                clusters.append((ch, w, s.role))
                total += w
            }
        }
        let limit = total > maxW ? maxW - 1 : maxW
        var used = 0
        var cutRole = Role.normal
        for (ch, w, role) in clusters {
            if used + w > limit { cutRole = role; break }
            put(Cell(String(ch), width: UInt8(w), role: role), x: x + used, y: y)
            used += w
        }
        if total > maxW {
            put(Cell("…", width: 1, role: cutRole), x: x + used, y: y)
            used += 1
        }
        return used
    }

    /// Draw one string with one role; see `draw(_:x:y:width:)`.
    @discardableResult
    mutating func draw(_ text: String, x: Int, y: Int, width: Int, role: Role = .normal) -> Int {
        draw([Span(text, role)], x: x, y: y, width: width)
    }

    /// Fill a rectangle with blanks of one role.
    mutating func fill(_ r: Rect, role: Role = .normal) {
        for yy in r.y..<(r.y + max(0, r.h)) {
            for xx in r.x..<(r.x + max(0, r.w)) { put(Cell(" ", width: 1, role: role), x: xx, y: yy) }
        }
    }

    /// A single-line box on the edge of `r` with `title` in the top border.
    mutating func box(_ r: Rect, title: [Span], role: Role = .border) {
        guard r.w >= 2, r.h >= 2 else { return }
        let x1 = r.x + r.w - 1, y1 = r.y + r.h - 1
        for xx in (r.x + 1)..<x1 {
            put(Cell("─", role: role), x: xx, y: r.y)
            put(Cell("─", role: role), x: xx, y: y1)
        }
        for yy in (r.y + 1)..<y1 {
            put(Cell("│", role: role), x: r.x, y: yy)
            put(Cell("│", role: role), x: x1, y: yy)
        }
        put(Cell("┌", role: role), x: r.x, y: r.y)
        put(Cell("┐", role: role), x: x1, y: r.y)
        put(Cell("└", role: role), x: r.x, y: y1)
        put(Cell("┘", role: role), x: x1, y: y1)
        if !title.isEmpty && r.w > 4 {
            draw([Span(" ", role)] + title + [Span(" ", role)], x: r.x + 1, y: r.y, width: r.w - 2)
        }
    }
}
