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

/// Everything the dashboard shows, as plain values: the wiring converts the store's rows
/// into this (no `Minutes` or `Store` import here, so it is testable on its own).
///
/// Follow-ups are kept as columns (issue 4 "Speed": only the columns a screen needs): key,
/// agenda item, status, deadline and parties of every follow-up; the sentence, note and lines
/// (`FollowUpDetail`) either for all of them (`init(meetings:items:followUps:…)`, the demo
/// and tests) or only for those loaded on demand (`init(meetings:items:columns:)`, a store:
/// the state asks for the rows on screen with `Effect.loadFollowUps`).
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

    /// Meetings; items refer to them by index.
    public var meetings: [Meeting]
    /// Items in document order per meeting. Replacing them keeps every follow-up with the
    /// item of the same key (a follow-up whose item is gone is listed nowhere).
    public var items: [Item] {
        didSet { columns.relink(from: oldValue, to: items) }
    }
    /// The follow-ups' columns.
    var columns: FollowUpColumns
    /// Sentence, note and lines by follow-up index: every follow-up's, or those loaded.
    var details: [Int: FollowUpDetail]
    /// True when details are loaded on demand (`.loadFollowUps`) and search goes to the store
    /// (`.search`); false when every detail is here.
    public let textsOnDemand: Bool
    /// The built-in demo is shown (the header says DEMO).
    public var isDemo: Bool
    /// An item's full text by item key, for the detail view (paragraphs joined by "\n").
    public var itemText: [String: String]
    /// For a first screen (`DashboardSource` reads only the newest items of each pane): the
    /// counts of the whole store per pane, shown until the whole data is loaded with
    /// `DashboardState.reload`. Nil for whole data.
    public var paneTotals: [PaneTotals]?
    /// For a first screen, which holds only the meetings of its items: the number of meetings
    /// in the store (the header says "1000 vergaderingen"). Nil for whole data.
    public var meetingTotal: Int?

    /// Meetings in the store: `meetingTotal` for a first screen, else `meetings.count`.
    public var meetingCount: Int { meetingTotal ?? meetings.count }

    /// Whole data with every follow-up's detail (the demo, tests).
    public init(meetings: [Meeting], items: [Item], followUps: [FollowUp], isDemo: Bool = false,
                itemText: [String: String] = [:]) {
        self.meetings = meetings
        self.items = items
        (columns, details) = FollowUpColumns.make(followUps, items: items)
        textsOnDemand = false
        self.isDemo = isDemo || meetings.contains { $0.isDemo }
        self.itemText = itemText
    }

    /// Data from a store: follow-ups as columns, details loaded on demand. Entry `f` of every
    /// array is follow-up `f`; `itemIndex` indexes `items` (-1: item gone); follow-up `f` has
    /// the parties `partyIDs[partyStart[f]..<partyStart[f + 1]]`, indices into `partyNames`.
    /// Returns nil when the arrays do not fit together.
    public init?(meetings: [Meeting], items: [Item], rowIDs: [Int64], keys: FollowUpKeys, itemIndex: [Int32],
                 statuses: [FollowUpStatus], dues: [String?], partyStart: [Int32], partyIDs: [Int32],
                 partyNames: [String]) {
        guard let columns = FollowUpColumns(rowIDs: rowIDs, keys: keys, items: itemIndex, statuses: statuses, dues: dues,
                                            partyStart: partyStart, partyIDs: partyIDs, partyNames: partyNames,
                                            itemCount: items.count) else { return nil }
        self.meetings = meetings
        self.items = items
        self.columns = columns
        details = [:]
        textsOnDemand = true
        isDemo = false
        itemText = [:]
    }

    /// Number of follow-ups.
    public var followUpCount: Int { columns.keys.count }

    /// Follow-up `f` (0 ≤ f < `followUpCount`) as one value; its text, note and lines are
    /// empty until its detail is loaded.
    public func followUp(_ f: Int) -> FollowUp {
        let d = details[f]
        let item = Int(columns.items[f])
        return FollowUp(key: columns.keys[f], shortID: d?.shortID ?? String(columns.keys[f].prefix(7)),
                        itemKey: item >= 0 && item < items.count ? items[item].key : "",
                        text: d?.text ?? "", parties: columns.partyNames(of: f), due: columns.dues[f],
                        dueText: d?.dueText, status: columns.statuses[f], note: d?.note,
                        lines: d?.lines ?? LineSpan(0, 0))
    }

    /// Every follow-up as values; setting it replaces them all with full details (tests).
    public var followUps: [FollowUp] {
        get { (0..<followUpCount).map(followUp) }
        set { (columns, details) = FollowUpColumns.make(newValue, items: items) }
    }

    /// Set the status of follow-up `f` (after the store confirmed it).
    mutating func setStatus(_ f: Int, _ status: FollowUpStatus) { columns.statuses[f] = status }
}

/// Counts of one pane over the whole store, for a first screen (`DashboardData.paneTotals`).
public struct PaneTotals: Sendable, Hashable {
    /// Rows: agenda items plus follow-ups listed in the pane.
    public var rows: Int
    /// Pending (open or partly done) follow-ups: the count in the pane's title.
    public var open: Int
    /// Agenda items in the pane.
    public var items: Int
    public init(rows: Int, open: Int, items: Int) {
        self.rows = rows
        self.open = open
        self.items = items
    }
}
