/// Removes page furniture and undoes end-of-line hyphenation, keeping the file's line numbers
/// (issue 3 "Page furniture"; DESIGN.md "Reading minutes").
///
/// - Page numbers (`- 2 -`, `Pagina 1 van 2`, `2`, `2/5`) and form feeds mark page breaks and are dropped.
/// - Short lines next to a page break are dropped as running headers or footers when the same line
///   (digits ignored) occurs elsewhere in the file too, or when a sentence runs on across the break
///   and continues in lower case after the line; the first page's header goes too when later pages repeat it,
///   unless it is the file's first line and `isTitle` says it names the minutes (then it is the title).
/// - A word hyphenated at a line end gets its continuation moved up onto the line with the hyphen;
///   the hyphen stays for real compounds (`Oost-`/`Brabantse`, `COA-`/`locaties`) and a
///   suspended compound (`wet-`/`en regelgeving`) is left alone.
/// Paragraphs split by blank lines are not joined here: blank lines are kept as `""`.
public enum LineCleaner {
    /// Splits decoded text into lines and cleans them.
    /// - Parameters:
    ///   - text: text with `"\n"` line ends, as `TextDecoding.decode` returns it.
    ///   - isTitle: whether a line names the minutes (a meeting body or a kind of minutes):
    ///     the file's first line is then kept as its title even when every page repeats it.
    /// - Returns: the kept lines in file order, each with its 1-based line number in the file;
    ///   blank lines are kept as `""`, trailing whitespace is removed.
    public static func clean(_ text: String, isTitle: (String) -> Bool = { _ in false }) -> [SourceLine] {
        var lines = splitLines(text)
        var dropped = [Bool](repeating: false, count: lines.count)
        let breaks = PageFurniture.markBreaks(&lines, dropped: &dropped)
        let first = lines.indices.first { !dropped[$0] && !PageFurniture.isBlank(lines[$0]) }
        PageFurniture.dropRunningLines(lines, breaks: breaks, dropped: &dropped,
                                       keep: first.flatMap { isTitle(lines[$0]) ? $0 : nil })
        var kept: [SourceLine] = []
        kept.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() where !dropped[index] {
            kept.append(SourceLine(number: index + 1, text: line))
        }
        return Hyphenation.join(kept)
    }

    /// Lines split on LF only (by scalars, so no grapheme cluster joins two lines), form feeds
    /// kept, trailing whitespace removed.
    static func splitLines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var view = String.UnicodeScalarView(scalars)
            while let last = view.last, last == " " || last == "\t" || last == "\r" || last == "\u{0B}" || last == "\u{A0}" {
                view.removeLast()
            }
            return String(view)
        }
    }
}
