import CNcursesw
import Dashboard

/// Maps a cell's `Role` to ncurses attributes and a colour pair (STYLE.md "Roles, not
/// colours"; issue 5 "Colours"). Foregrounds only, on the terminal's own background
/// (`use_default_colors`, -1), in mid-tone colours readable on dark and light themes.
/// Every role that carries meaning also has an attribute, so mono (NO_COLOR) still shows
/// it; selection is reverse video in every mode.
struct Palette {
    /// What one role looks like: attribute bits and a colour pair number (0 = default).
    struct Style: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    /// One row of the palette: attributes for mono, and colours for 256 and 8 colours
    /// (-1 = the terminal's default). `colorAttributes` are used instead of `mono` when
    /// colours are on (a colour then carries what bold or dim carried).
    private struct Spec {
        var role: Role
        var mono: attr_t
        var colorAttributes: attr_t
        var fg256: Int16, bg256: Int16
        var fg8: Int16, bg8: Int16
    }

    private static var specs: [Spec] {
        let bold = overleg_A_BOLD(), dim = overleg_A_DIM(), reverse = overleg_A_REVERSE()
        let underline = overleg_A_UNDERLINE(), plain = overleg_A_NORMAL()
        let (red, green, yellow, magenta, cyan, black) = (
            Int16(COLOR_RED), Int16(COLOR_GREEN), Int16(COLOR_YELLOW),
            Int16(COLOR_MAGENTA), Int16(COLOR_CYAN), Int16(COLOR_BLACK))
        return [
            Spec(role: .header, mono: bold, colorAttributes: bold, fg256: 31, bg256: -1, fg8: cyan, bg8: -1),
            Spec(role: .border, mono: plain, colorAttributes: plain, fg256: 244, bg256: -1, fg8: -1, bg8: -1),
            Spec(role: .title, mono: bold, colorAttributes: bold, fg256: 31, bg256: -1, fg8: cyan, bg8: -1),
            Spec(role: .selected, mono: reverse, colorAttributes: reverse, fg256: -1, bg256: -1, fg8: -1, bg8: -1),
            Spec(role: .muted, mono: dim, colorAttributes: plain, fg256: 244, bg256: -1, fg8: -1, bg8: -1),
            Spec(role: .done, mono: dim, colorAttributes: plain, fg256: 28, bg256: -1, fg8: green, bg8: -1),
            Spec(role: .overdue, mono: bold, colorAttributes: bold, fg256: 160, bg256: -1, fg8: red, bg8: -1),
            Spec(role: .hint, mono: plain, colorAttributes: plain, fg256: 244, bg256: -1, fg8: -1, bg8: -1),
            Spec(role: .highlight, mono: underline | bold, colorAttributes: plain, fg256: 16, bg256: 220, fg8: black, bg8: yellow),
            Spec(role: .demo, mono: bold, colorAttributes: bold, fg256: 130, bg256: -1, fg8: magenta, bg8: -1),
            Spec(role: .error, mono: bold, colorAttributes: bold, fg256: 160, bg256: -1, fg8: red, bg8: -1),
        ]
    }

    /// Indexed by `Role.rawValue`; roles without an entry draw plain.
    private var styles = [Style](repeating: Style(attributes: overleg_A_NORMAL(), pair: 0), count: 256)
    /// The mode actually in use after asking the terminal (auto resolved, 256 → 8 → none).
    let mode: ColorMode

    /// Resolves `requested` against what the terminal can do, starts colours when used
    /// and defines one pair per coloured role. Call after `newterm`.
    init(requested: ColorMode) {
        var mode = requested
        if mode != .none, !has_colors() { mode = .none }
        if mode != .none {
            start_color()
            // Without the terminal's default background (-1) every pair would need a
            // guessed background: attributes only then.
            if use_default_colors() == ERR { mode = .none }
        }
        if mode != .none {
            let colors = Int(tigetnum("colors"))
            if mode == .auto || mode == .colors256 { mode = colors >= 256 ? .colors256 : .colors8 }
            if mode == .colors8, colors < 8 { mode = .none }
        }
        self.mode = mode
        var nextPair: Int16 = 1
        for spec in Self.specs {
            guard mode != .none else {
                styles[Int(spec.role.rawValue)] = Style(attributes: spec.mono, pair: 0)
                continue
            }
            let (fg, bg) = mode == .colors256 ? (spec.fg256, spec.bg256) : (spec.fg8, spec.bg8)
            if fg == -1, bg == -1 {
                // No colour for this role in this mode: keep the mono attributes.
                styles[Int(spec.role.rawValue)] = Style(attributes: spec.mono, pair: 0)
                continue
            }
            init_pair(nextPair, fg, bg)
            styles[Int(spec.role.rawValue)] = Style(attributes: spec.colorAttributes, pair: nextPair)
            nextPair += 1
        }
    }

    /// The style of `role`; roles without an entry (`.normal`, or a role added later)
    /// draw plain.
    func style(_ role: Role) -> Style {
        styles[Int(role.rawValue)]
    }
}
