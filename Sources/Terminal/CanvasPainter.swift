import CNcursesw
import Dashboard

/// Copies a `Canvas` into an ncurses window; ncurses' refresh then sends only what changed
/// on the physical screen (DESIGN.md "Layers": Terminal copies, ncurses diffs).
///
/// Rows equal to the previous frame's are skipped. A cell is drawn as given when libc's
/// width of its grapheme cluster (what ncurses and the terminal advance the cursor by)
/// equals the cell's `width`; otherwise (emoji sequences libc measures differently,
/// control characters that slipped through, a wide cell at the right edge) as U+FFFD
/// padded with spaces to `width`, so that the columns after it never shift.
struct CanvasPainter {
    private var previous: Canvas?
    private let palette: Palette

    init(palette: Palette) { self.palette = palette }

    /// Forgets the last frame, so the next `paint` copies every row (after a resize or a
    /// full redraw).
    mutating func invalidate() { previous = nil }

    /// Copies `canvas` into `window`, clipped to the window's size.
    mutating func paint(_ canvas: Canvas, into window: CursesWindow) {
        let rows = min(canvas.height, Int(overleg_getmaxy(window)))
        let columns = min(canvas.width, Int(overleg_getmaxx(window)))
        let sameShape = previous.map { $0.width == canvas.width && $0.height == canvas.height } ?? false
        // A new shape: start from blanks, so nothing of an older frame stays outside a
        // canvas smaller than the window (ncurses still sends only what changed).
        if !sameShape { werase(window) }
        for y in 0..<rows {
            if sameShape, let previous, rowEqual(previous, canvas, y) { continue }
            paintRow(canvas, y: y, columns: columns, window: window)
        }
        previous = canvas
    }

    private func rowEqual(_ a: Canvas, _ b: Canvas, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<(start + a.width)] == b.cells[start..<(start + b.width)]
    }

    private func paintRow(_ canvas: Canvas, y: Int, columns: Int, window: CursesWindow) {
        let rowStart = y * canvas.width
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { buffer in
            var x = 0
            while x < columns {
                let cell = canvas.cells[rowStart + x]
                let style = palette.style(cell.role)
                let wanted = max(1, Int(cell.width))
                if x + wanted <= columns, Self.fill(buffer, with: cell.text, width: wanted) {
                    put(buffer, y: y, x: x, style: style, window: window)
                    x += wanted
                    continue
                }
                // Placeholder of the cell's width (a lone "" half, or a cluster libc
                // measures differently): one U+FFFD then spaces, within the window.
                let fill = min(wanted, columns - x)
                for offset in 0..<fill {
                    buffer[0] = offset == 0 && !cell.text.isEmpty ? 0xFFFD : 0x20
                    buffer[1] = 0
                    put(buffer, y: y, x: x + offset, style: style, window: window)
                }
                x += fill
            }
        }
    }

    /// Writes the cluster's wide characters and a 0 into `buffer` (6 slots) when libc
    /// measures it at `width` columns and it fits one ncurses cell (a spacing character
    /// and at most 4 combining marks); false otherwise. Printable ASCII skips libc.
    static func fill(_ buffer: UnsafeMutableBufferPointer<wchar_t>, with text: String, width: Int) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < 5 else { return false }
            let character = wchar_t(bitPattern: scalar.value)
            if count > 0 {
                guard overleg_wcwidth(character) == 0 else { return false }
            } else if scalar.value >= 0x20 && scalar.value < 0x7F {
                guard width == 1 else { return false }
            } else {
                guard overleg_wcwidth(character) == width else { return false }
            }
            buffer[count] = character
            count += 1
        }
        guard count > 0 else { return false }
        buffer[count] = 0
        return true
    }

    /// `fill` as an array (without the 0), or nil: what a cell is drawn as.
    static func drawable(_ text: String, width: Int) -> [wchar_t]? {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { buffer in
            guard fill(buffer, with: text, width: width) else { return nil }
            return Array(buffer.prefix { $0 != 0 })
        }
    }

    private func put(_ text: UnsafeMutableBufferPointer<wchar_t>, y: Int, x: Int, style: Palette.Style,
                     window: CursesWindow) {
        // ERR at the bottom-right cell (the cursor cannot advance) is expected: the
        // character is stored all the same.
        _ = overleg_put_cell(window, Int32(y), Int32(x), text.baseAddress, style.attributes, style.pair)
    }
}

/// An ncurses window (`WINDOW *`).
typealias CursesWindow = UnsafeMutablePointer<WINDOW>
