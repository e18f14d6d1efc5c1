import Foundation

/// What a cell means on screen; the terminal backend maps roles to attributes and colours
/// for mono, 8 and 256 colours (STYLE.md "Roles, not colours").
public enum Role: UInt8, Sendable, Hashable, CaseIterable {
    case normal, header, border, title, selected, muted, done, overdue, hint, highlight, demo, error
}

/// One screen cell: a grapheme cluster (or "" for the trailing half of a wide one),
/// its column width (0, 1 or 2) and its role.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var role: Role

    public init(_ text: String = " ", width: UInt8 = 1, role: Role = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    /// The blank cell every canvas starts with.
    public static let blank = Cell()
}

/// A grid of cells the dashboard renders into (immediate mode, as ratatui's Buffer).
/// Coordinates are 0-based columns (x) and rows (y); writes outside the grid are dropped,
/// so drawing is safe at every size down to 0×0.
public struct Canvas: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && y >= 0 && x < width && y < height) ? cells[y * width + x] : .blank }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// The canvas as plain text lines (trailing blanks kept), one per row; the trailing
    /// half of a wide grapheme contributes nothing, so each line shows `width` columns.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += cells[y * width + x].text }
            return s
        }
    }

    /// `lines` with trailing spaces removed, joined by "\n" (as `tmux capture-pane -p` shows).
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }
}
