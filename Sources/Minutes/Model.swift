import Foundation

/// An inclusive range of 1-based line numbers in the file as given
/// (for .docx/.pdf: in the extracted text). Encoded in JSON as `[first, last]`.
public struct LineRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// First line, 1-based.
    public var first: Int
    /// Last line, 1-based, inclusive; `last >= first`.
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let a = try c.decode(Int.self)
        let b = try c.decode(Int.self)
        self.init(a, b)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(first)
        try c.encode(last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}

/// A follow-up: a concrete action someone will do after the meeting
/// (ANNOTATION.md §0, §5 in ../shared/corpus).
public struct FollowUp: Sendable, Hashable, Codable {
    /// Stable key: see `StableKey.followUp(body:date:text:)`.
    public var id: String
    /// The whole sentence, as cleaned (page furniture and hyphenation undone).
    public var text: String
    /// Canonical party names (PARTIES.md), in order of first mention, no duplicates.
    public var parties: [String]
    /// Deadline as ISO 8601 date `YYYY-MM-DD`, or nil when none or vague.
    public var due: String?
    /// The time phrase as written in the sentence (`Eind mei`), or nil.
    public var dueText: String?
    /// Always `open` in the extraction; the store owns the real status.
    public var status: String
    /// Lines in the source file.
    public var lines: LineRange

    public init(id: String, text: String, parties: [String], due: String?, dueText: String?,
                status: String = "open", lines: LineRange) {
        self.id = id
        self.text = text
        self.parties = parties
        self.due = due
        self.dueText = dueText
        self.status = status
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey { case id, text, parties, due, dueText, status, lines }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(parties, forKey: .parties)
        try c.encode(due, forKey: .due)          // explicit null, as the parse JSON contract shows
        try c.encode(dueText, forKey: .dueText)
        try c.encode(status, forKey: .status)
        try c.encode(lines, forKey: .lines)
    }
}

/// A decision reached at this meeting (ANNOTATION.md §6).
public struct Decision: Sendable, Hashable, Codable {
    /// Stable key: see `StableKey.decision(body:date:text:)`.
    public var id: String
    /// The whole sentence or decision-list clause.
    public var text: String
    /// Lines in the source file.
    public var lines: LineRange

    public init(id: String, text: String, lines: LineRange) {
        self.id = id
        self.text = text
        self.lines = lines
    }
}

/// One agenda item of a meeting (ANNOTATION.md §3).
public struct AgendaItem: Sendable, Hashable, Codable {
    /// Stable key of the item (body + date + normalised title).
    public var id: String
    /// Title as written without number/markup/trailing colon, or a short
    /// noun phrase made from the first sentence of an untitled paragraph.
    public var title: String
    /// Topic ids (`ondermijning`, `screening-vog`, `coa-incidenten`, `governance`, `overig`, or lexicon additions).
    public var topics: [String]
    /// Lines in the source file covered by the item (heading included).
    public var lines: LineRange
    /// The item's cleaned text (paragraphs joined by "\n"), without its title label.
    public var text: String
    public var followUps: [FollowUp]
    public var decisions: [Decision]

    public init(id: String, title: String, topics: [String], lines: LineRange, text: String,
                followUps: [FollowUp] = [], decisions: [Decision] = []) {
        self.id = id
        self.title = title
        self.topics = topics
        self.lines = lines
        self.text = text
        self.followUps = followUps
        self.decisions = decisions
    }
}

/// A meeting as read from one file.
public struct Meeting: Sendable, Hashable, Codable {
    /// The consultation reported on (`LOVP`, `Veiligheidsberaad`, ...), per bodies lexicon.
    public var body: String
    /// Meeting date, ISO 8601 `YYYY-MM-DD` (never the letter's date).
    public var date: String
    /// The document's title line without markup.
    public var title: String
    /// File name as given (last path component).
    public var source: String
    /// `StableKey.contentHash` of the file's bytes (16 hex digits); identifies the content.
    public var sourceHash: String
    /// The decoded text, lines joined by "\n", numbered as in the file (line 1 = first line).
    /// Kept so the store can re-run the extractor and the detail view can show the source.
    public var text: String
    public var items: [AgendaItem]

    public init(body: String, date: String, title: String, source: String, sourceHash: String,
                text: String, items: [AgendaItem]) {
        self.body = body
        self.date = date
        self.title = title
        self.source = source
        self.sourceHash = sourceHash
        self.text = text
        self.items = items
    }
}
