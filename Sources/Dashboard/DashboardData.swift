import Foundation

/// Status of a follow-up as the store owns it (DESIGN.md "Data model": Openstaand,
/// Afgerond, Deels afgerond, Vervallen). Raw values are the store's and the CLI's strings.
public enum FollowUpStatus: String, Sendable, Hashable, CaseIterable {
    case open, done, partly, lapsed

    /// The checkbox drawn in a pane: `[ ]` open, `[x]` done, `[~]` partly, `[-]` lapsed.
    public var box: String {
        switch self {
        case .open: "[ ]"
        case .done: "[x]"
        case .partly: "[~]"
        case .lapsed: "[-]"
        }
    }

    /// Still to be chased (open or partly done): counted in pane titles, can be overdue.
    public var isPending: Bool { self == .open || self == .partly }
}

/// An inclusive range of 1-based line numbers in the source file (as `Minutes.LineRange`).
public struct LineSpan: Sendable, Hashable {
    public var first: Int
    public var last: Int
    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = max(first, last)
    }
}

/// Everything the dashboard shows, as plain values: the wiring converts the store's
/// rows into this (no `Minutes` or `Store` import here, so it is testable on its own).
public struct DashboardData: Sendable, Hashable {
    /// One meeting.
    public struct Meeting: Sendable, Hashable {
        /// The body, e.g. "LOVP".
        public var body: String
        /// Meeting date, ISO 8601 `YYYY-MM-DD`.
        public var date: String
        public var title: String
        /// True for the built-in demo meeting.
        public var isDemo: Bool
        public init(body: String, date: String, title: String, isDemo: Bool = false) {
            self.body = body
            self.date = date
            self.title = title
            self.isDemo = isDemo
        }
    }

    /// One agenda item.
    public struct Item: Sendable, Hashable {
        /// Stable key of the item; unique across all meetings.
        public var key: String
        /// Index into `DashboardData.meetings`.
        public var meeting: Int
        public var title: String
        /// Topic ids (`ondermijning`, `screening-vog`, `coa-incidenten`, `governance`,
        /// `overig`); any other id, or none, lands in the Overig pane.
        public var topics: [String]
        /// Lines of the item in its source file, 1-based inclusive.
        public var lines: LineSpan
        /// The source file's name as imported (shown in the detail view).
        public var sourceFile: String
        public init(key: String, meeting: Int, title: String, topics: [String], lines: LineSpan,
                    sourceFile: String) {
            self.key = key
            self.meeting = meeting
            self.title = title
            self.topics = topics
            self.lines = lines
            self.sourceFile = sourceFile
        }
    }

    /// One follow-up.
    public struct FollowUp: Sendable, Hashable {
        /// Stable key (the store's owned-state key); `Effect.setStatus` names it.
        public var key: String
        /// The short id the CLI accepts (`overleg done ID`).
        public var shortID: String
        /// Key of the item it belongs to.
        public var itemKey: String
        /// The whole sentence.
        public var text: String
        /// Canonical party names (PARTIES.md).
        public var parties: [String]
        /// Deadline ISO `YYYY-MM-DD`, or nil.
        public var due: String?
        /// The phrase the deadline came from ("eind mei"), or nil.
        public var dueText: String?
        /// The status as stored (owned state).
        public var status: FollowUpStatus
        /// The user's note, or nil.
        public var note: String?
        /// Lines of the sentence in its source file, 1-based inclusive.
        public var lines: LineSpan
        public init(key: String, shortID: String, itemKey: String, text: String, parties: [String],
                    due: String? = nil, dueText: String? = nil, status: FollowUpStatus = .open,
                    note: String? = nil, lines: LineSpan) {
            self.key = key
            self.shortID = shortID
            self.itemKey = itemKey
            self.text = text
            self.parties = parties
            self.due = due
            self.dueText = dueText
            self.status = status
            self.note = note
            self.lines = lines
        }
    }

    /// Meetings; items refer to them by index.
    public var meetings: [Meeting]
    /// Items in document order per meeting.
    public var items: [Item]
    /// Follow-ups in document order per item.
    public var followUps: [FollowUp]
    /// The built-in demo is shown (the header says DEMO).
    public var isDemo: Bool
    /// An item's full text by item key, for the detail view (paragraphs joined by "\n").
    public var itemText: [String: String]

    public init(meetings: [Meeting], items: [Item], followUps: [FollowUp], isDemo: Bool = false,
                itemText: [String: String] = [:]) {
        self.meetings = meetings
        self.items = items
        self.followUps = followUps
        self.isDemo = isDemo || meetings.contains { $0.isDemo }
        self.itemText = itemText
    }
}
