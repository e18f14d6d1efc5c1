import Dashboard
import Foundation
import OverlegResources
import Store

extension LanguageOptions {
    /// True for English output (`--lang en` or an English locale; see `language()`).
    /// - Throws: `ValidationError` for a `--lang` other than nl or en.
    func isEnglish() throws -> Bool { try language() == .en }
}

/// Human output of the store-facing commands: safe text, dates, aligned tables.
enum CLIText {
    /// A one-line field made safe for a terminal (issue 5: text is shown, never obeyed).
    static func line(_ s: String) -> String { SafeText.line(s) }


    /// The status label in the interface language (Openstaand, Afgerond, Deels afgerond, Vervallen).
    static func status(_ s: Store.FollowUpStatus, english: Bool) -> String {
        english ? s.englishLabel : s.dutchLabel
    }

    /// A date for people: `31 mei 2017` in Dutch, ISO in English (issue 5 "Language").
    static func date(_ iso: String, english: Bool) -> String {
        english ? iso : MarkdownExport.dutchDate(iso)
    }

    /// Columns of the terminal on standard output, or nil when it is not a terminal.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Rows aligned by display width (grapheme clusters, `TextWidth`), two spaces between
    /// columns; the last column is cut with "…" to fit `width` when given.
    static func table(header: [String], rows: [[String]], width: Int?) -> String {
        let all = [header] + rows.map { $0.map(line) }
        let cellWidths = all.map { $0.map(columns) }
        var widths = header.indices.map { c in cellWidths.map { $0[c] }.max() ?? 0 }
        if let width, let lastIndex = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[lastIndex] = max(10, min(widths[lastIndex], width - used))
        }
        var out = ""
        for (r, cells) in all.enumerated() {
            for (c, cell) in cells.enumerated() {
                let w = cellWidths[r][c]
                if c == cells.count - 1 {
                    out += w <= widths[c] ? cell : TextWidth.truncate(cell, to: widths[c])
                } else {
                    out += cell + String(repeating: " ", count: widths[c] - w + 2)
                }
            }
            out += "\n"
        }
        return out
    }

    /// Display columns of a (safe) cell: for text of Latin scripts below U+0300 (no wide or
    /// combining characters) one column per scalar, else `TextWidth` per grapheme cluster.
    static func columns(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            guard u.value < 0x300 else { return TextWidth.of(s) }
            n += 1
        }
        return n
    }

    /// Topic titles and pane order from the embedded topic lexicon (`Resources/topics.json`);
    /// an id not in it is shown as itself.
    static let topics: (order: [String], titles: [String: String]) = {
        struct File: Decodable { struct Topic: Decodable { var id: String; var title: String? }; var topics: [Topic] }
        guard let file = try? JSONDecoder().decode(File.self, from: EmbeddedResources.topicsJSON) else { return ([], [:]) }
        return (file.topics.map(\.id), Dictionary(file.topics.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a }))
    }()
}
