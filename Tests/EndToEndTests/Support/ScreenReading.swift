import Foundation

/// Reading a `capture-pane -p -e` screen: text and the SGR sequences tmux writes for
/// attributes and colours.
enum ScreenReading {
    /// The text drawn in reverse video (the selection, STYLE.md), row by row, with
    /// surrounding blanks trimmed; rows without reverse text are left out.
    static func reverseText(_ screen: String) -> [String] {
        attributedText(screen, on: 7, off: 27)
    }

    /// The text drawn underlined (search matches and highlights without colour), row by
    /// row, as `reverseText`.
    static func underlinedText(_ screen: String) -> [String] {
        attributedText(screen, on: 4, off: 24)
    }

    /// The text drawn while the SGR attribute `on` is set (until `off` or a reset `0`),
    /// row by row, with surrounding blanks trimmed; rows without such text are left out.
    static func attributedText(_ screen: String, on: Int, off: Int) -> [String] {
        var rows: [String] = []
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
            var active = false
            var text = ""
            var rest = Substring(line)
            while let first = rest.first {
                if first == "\u{1B}", rest.dropFirst().first == "[" {
                    let body = rest.dropFirst(2).prefix { $0.isNumber || $0 == ";" }
                    let final = rest.dropFirst(2 + body.count).first
                    rest = rest.dropFirst(2 + body.count + (final == nil ? 0 : 1))
                    guard final == "m" else { continue }
                    let parameters = body.isEmpty ? [0] : body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                    for parameter in parameters {
                        if parameter == 0 || parameter == off { active = false }
                        if parameter == on { active = true }
                    }
                    continue
                }
                if active { text.append(first) }
                rest = rest.dropFirst()
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { rows.append(trimmed) }
        }
        return rows
    }

    /// Rows of the pane grid: from the first row starting with a top-left corner to the
    /// next row starting with a bottom-left corner, exclusive.
    static func gridBody(_ screen: String) -> [Substring] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let top = rows.firstIndex(where: { $0.hasPrefix("┌") }),
              let bottom = rows[(top + 1)...].firstIndex(where: { $0.hasPrefix("└") }) else { return [] }
        return Array(rows[(top + 1)..<bottom])
    }
}
