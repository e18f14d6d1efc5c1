import Foundation

/// Word wrapping of styled text by display width (for the detail view).
enum Wrap {
    typealias Styled = [(ch: Character, role: Role)]

    /// Wrap `text` (paragraphs separated by "\n") into lines of at most `width` columns,
    /// breaking at spaces; a word longer than a line is cut at the line's end. Roles follow
    /// the characters. Spaces at a break are dropped.
    static func lines(_ text: Styled, width: Int) -> [[Span]] {
        guard width > 0 else { return [] }
        var out: [[Span]] = []
        var paragraph: Styled = []
        for c in text {
            if c.ch == "\n" {
                out += wrapParagraph(paragraph, width: width)
                paragraph = []
            } else {
                paragraph.append(c)
            }
        }
        out += wrapParagraph(paragraph, width: width)
        return out
    }

    private static func wrapParagraph(_ p: Styled, width: Int) -> [[Span]] {
        var lines: [Styled] = []
        var line: Styled = [], lineW = 0
        var word: Styled = [], wordW = 0
        var space: Styled = []
        func flushWord() {
            let spaceW = space.count
            if lineW > 0 && lineW + spaceW + wordW > width {
                lines.append(line)
                line = []
                lineW = 0
            } else if lineW > 0 {
                line += space
                lineW += spaceW
            }
            for c in word {
                let w = TextWidth.of(c.ch)
                if lineW + w > width {
                    lines.append(line)
                    line = []
                    lineW = 0
                }
                line.append(c)
                lineW += w
            }
            word = []
            wordW = 0
            space = []
        }
        for c in p {
            if c.ch == " " {
                if !word.isEmpty { flushWord() }
                if lineW > 0 { space.append(c) }
            } else {
                word.append(c)
                wordW += TextWidth.of(c.ch)
            }
        }
        if !word.isEmpty { flushWord() }
        lines.append(line)
        return lines.map(spans)
    }

    /// Group a styled line into spans of equal role.
    static func spans(_ line: Styled) -> [Span] {
        var out: [Span] = []
        for c in line {
            if let last = out.last, last.role == c.role {
                out[out.count - 1].text.append(c.ch)
            } else {
                out.append(Span(String(c.ch), c.role))
            }
        }
        return out
    }

    /// `text` with the characters of `sentence` (matched ignoring whitespace differences)
    /// given role `mark`, everything else `base`. When the sentence is not found, nothing
    /// is marked and `found` is false.
    static func highlight(_ text: String, sentence: String, base: Role, mark: Role) -> (Styled, found: Bool) {
        var styled: Styled = text.map { ($0, base) }
        let hay = styled.indices.filter { !styled[$0].ch.isWhitespace }
        let needle = sentence.filter { !$0.isWhitespace }.map { $0 }
        guard !needle.isEmpty, needle.count <= hay.count else { return (styled, false) }
        outer: for start in 0...(hay.count - needle.count) {
            for k in 0..<needle.count where styled[hay[start + k]].ch != needle[k] { continue outer }
            for j in hay[start]...hay[start + needle.count - 1] { styled[j].role = mark }
            return (styled, true)
        }
        return (styled, false)
    }
}
