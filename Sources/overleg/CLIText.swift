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
    /// columns; the last column is cut with "…" to fit `width` when given. Every cell is made
    /// safe (`line`). Built as bytes in one buffer: `list` prints thousands of rows (issue 4
    /// "Speed").
    static func table(header: [String], rows: [[String]], width: Int?) -> String {
        let columnCount = header.count
        // Safe text and display width of every cell, row by row, header first.
        var cells: [(text: String, width: Int)] = []
        cells.reserveCapacity((rows.count + 1) * columnCount)
        for row in [header] + rows {
            for c in 0..<columnCount { cells.append(safeCell(c < row.count ? row[c] : "")) }
        }
        var widths = Array(repeating: 0, count: columnCount)
        var bytes = 0
        for (i, cell) in cells.enumerated() {
            widths[i % columnCount] = max(widths[i % columnCount], cell.width)
            bytes += cell.text.utf8.count
        }
        if let width, let lastIndex = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[lastIndex] = max(10, min(widths[lastIndex], width - used))
        }
        let rowCount = cells.count / max(1, columnCount)
        let padding = [UInt8](repeating: 0x20, count: (widths.max() ?? 0) + 2)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + rowCount * (widths.reduce(0, +) + 2 * columnCount + 1))
        for (i, cell) in cells.enumerated() {
            let c = i % columnCount
            if c == columnCount - 1 {
                out.append(contentsOf: (cell.width <= widths[c] ? cell.text : TextWidth.truncate(cell.text, to: widths[c])).utf8)
                out.append(0x0A)
            } else {
                out.append(contentsOf: cell.text.utf8)
                out.append(contentsOf: padding[0..<(widths[c] - cell.width + 2)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell made safe (`line`) with its display width. Printable ASCII, most cells, is
    /// safe as it is and one column per byte: checked in one pass over the bytes.
    static func safeCell(_ s: String) -> (text: String, width: Int) {
        var bytes = s
        let printable = bytes.withUTF8 { utf8 in utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        if printable { return (s, s.utf8.count) }
        let safe = line(s)
        return (safe, columns(safe))
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
