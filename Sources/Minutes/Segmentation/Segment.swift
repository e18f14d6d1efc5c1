import Foundation

/// How a line label makes its statements count (ANNOTATION.md §5, §6, §9).
enum UnitLabel: Sendable, Hashable {
    /// No label: the kind of each sentence comes from its cues.
    case plain
    /// `Besluit:`: decisions (a task for the body's own people is also a follow-up).
    case decision
    /// `Actie:`, `Toezegging`, `►`, action-table rows: follow-ups.
    case followUp
    /// `Afspraak:`/`Afspraken:`: decisions, and follow-ups when they describe a future action.
    case both
    /// `Voorgesteld besluit:`, `Toelichting:`, done actions: neither.
    case neither
}

/// A run of text inside an agenda item: a paragraph, a bullet, a labelled line or a table row,
/// with the file line where each of its parts starts.
struct TextUnit: Sendable, Hashable {
    /// The text, lines joined by a space.
    var text: String = ""
    /// `(line, offset)`: the 1-based file line whose text starts at character `offset` of `text`.
    var pieces: [LinePiece] = []
    var label: UnitLabel = .plain
    /// True for a paragraph of running text (may be continued after a page break).
    var isParagraph = false
    /// For an action-table row: the `Wie` and `Wanneer` cells.
    var tableWho: String?
    var tableWhen: String?

    /// Appends one line's text.
    mutating func append(_ s: String, line: Int) {
        let piece = s.trimmingBlanks
        guard !piece.isEmpty else { return }
        if !text.isEmpty { text += " " }
        pieces.append(LinePiece(line: line, offset: text.count))
        text += piece
    }

    /// The file lines covered by characters `start..<end` of `text`.
    func lines(from start: Int, to end: Int) -> LineRange {
        var first = pieces.first?.line ?? 1
        var last = first
        for p in pieces {
            if p.offset <= start { first = p.line }
            if p.offset < end { last = p.line }
        }
        return LineRange(first, max(first, last))
    }
}

/// Where a line's text starts inside a `TextUnit`.
struct LinePiece: Sendable, Hashable {
    var line: Int
    var offset: Int
}

/// An agenda item as segmented, before extraction.
struct Segment: Sendable, Hashable {
    enum Origin: Sendable, Hashable { case heading, colonLabel, untitled, table }
    /// Title as written, or empty for an untitled paragraph (made later from its first sentence).
    var title: String
    var origin: Origin
    var firstLine: Int
    var lastLine: Int
    var units: [TextUnit] = []
}
