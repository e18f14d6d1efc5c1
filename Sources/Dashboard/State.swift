import Foundation

/// Order of agenda items and follow-ups in the panes (`o` cycles).
public enum SortOrder: String, Sendable, Hashable, CaseIterable {
    /// Newest meeting first, then document order.
    case meeting
    /// Earliest deadline first; no deadline last.
    case deadline
    /// By the first responsible party, alphabetically.
    case party
}

/// Options the dashboard starts with.
public struct DashboardOptions: Sendable, Hashable {
    /// UI language; Dutch by default.
    public var language: Language
    /// "Today" as ISO `YYYY-MM-DD`, for marking overdue follow-ups; nil marks none.
    public var today: String?
    /// Terminal size in columns and rows until the first `.resize` event.
    public var width: Int
    public var height: Int

    public init(language: Language = .nl, today: String? = nil, width: Int = 80, height: Int = 24) {
        self.language = language
        self.today = today
        self.width = width
        self.height = height
    }
}

/// One row of a pane: an agenda item, or a follow-up under it.
struct Row: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case item(Int), followUp(Int) }   // indices into data
    var kind: Kind
}

/// A row's identity across rebuilds and reloads: the item's or the follow-up's key.
enum RowKey: Sendable, Hashable { case item(String), followUp(String) }

/// A pane's rows after filters and sort, and its count of open follow-ups.
struct PaneRows: Sendable, Hashable {
    var rows: [Row] = []
    /// The count in the pane's title: follow-ups still open (open or partly done) that the
    /// pane lists; with a status filter, the follow-ups it lists.
    var openCount = 0
    /// Items of the topic before filters (to tell "no items" from "filtered away").
    var unfilteredItems = 0
    /// Rows in the pane: `rows.count`, or more for a first screen (`DashboardData.paneTotals`).
    var totalRows = 0
}

/// What a search found: follow-up and item indices whose text matches `query`.
struct SearchHits: Sendable, Hashable {
    var query: String
    var followUps: Set<Int> = []
    var items: Set<Int> = []
}

/// Where the selection of one pane is: the row id, and its last index as a fallback when
/// the row disappears (filtered away).
struct Cursor: Sendable, Hashable {
    var id: RowKey?
    /// The selected row as of the current data (valid until `reload`).
    var row: Row?
    var index = 0
    var scroll = 0
}

/// The filters that Esc clears one at a time, newest first.
enum FilterKind: Sendable, Hashable { case search, party, status, meeting, overdue }

/// A party and its number of follow-ups under the other filters.
struct PartyCount: Sendable, Hashable {
    var name: String
    var count: Int
}

/// A row in a pane.
struct Position: Sendable, Hashable {
    var pane: Int
    var row: Int
}

/// The party picker's own state.
struct PickerState: Sendable, Hashable {
    /// Every party with its count, computed when the picker opens.
    var all: [PartyCount] = []
    var query = ""
    var checked: Set<String> = []
    var cursor = 0
    /// The first party shown: kept while the cursor stays in view, so a click does not move
    /// the list under the pointer.
    var top = 0
}

/// The whole dashboard as a value (the Elm architecture's model). Change it only through
/// `update(_:_:)`; draw it with `render(_:)`.
public struct DashboardState: Sendable {
    /// What is shown; statuses change only through `.saved` events and `reload(_:)`.
    public internal(set) var data: DashboardData
    /// UI language (labels, dates).
    public let language: Language
    /// "Today" as ISO `YYYY-MM-DD` for overdue marks, or nil.
    public let today: String?
    /// Size in columns × rows, from the options and then the last `.resize`.
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The current mode (which keymap table applies).
    public internal(set) var mode: Mode = .browse
    /// Mode to return to when help or picker closes.
    var previousMode: Mode = .browse
    /// The focused pane, 0...4 in pane order.
    public internal(set) var pane = 0
    var cursors = Array(repeating: Cursor(), count: 5)
    /// Active party filter (canonical names); empty = all parties.
    public internal(set) var partyFilter: Set<String> = []
    /// Active status filter; nil = all statuses.
    public internal(set) var statusFilter: FollowUpStatus?
    /// Active meeting filter (index into `data.meetings`); nil = all meetings.
    public internal(set) var meetingFilter: Int?
    /// Only overdue follow-ups (`!`); needs `today`.
    public internal(set) var overdueOnly = false
    /// Order of items and follow-ups in the panes (`o`).
    public internal(set) var sort: SortOrder = .meeting
    /// The search text ("" = no search).
    public internal(set) var query = ""
    var queryBeforeTyping = ""
    var picker = PickerState()
    /// Filters in the order they were set (Esc clears the last).
    var filterStack: [FilterKind] = []
    /// Follow-up key → status asked for but not yet confirmed by `.saved`.
    public internal(set) var pending: [String: FollowUpStatus] = [:]
    /// A one-line message for the status line.
    var message: String?
    var messageIsError = false
    /// Rows matching `query`, in pane order (refreshed when the query or the rows change).
    var matches: [Position] = []
    /// What the last search found (nil while the store has not answered).
    var searchHits: SearchHits?
    /// A search to ask the store for (`.search`), sent at the end of `update`.
    var searchToRun: String?
    /// Jump to the first match when the store's answer comes (typing in the search).
    var jumpWhenFound = false
    /// Store row ids of follow-ups whose details were asked for (`.loadFollowUps`), once each.
    var detailsRequested: Set<Int64> = []
    var detailScroll = 0
    /// Item keys whose text was asked for with `.loadItemText` (asked once each).
    var textRequested: Set<String> = []
    /// The note being typed (`e`) and the follow-up it is for.
    var noteDraft = ""
    var noteKey: String?
    var helpScroll = 0
    /// Cached pane contents, rebuilt when data or filters change (not on navigation).
    var panes: [PaneRows] = Array(repeating: PaneRows(), count: 5)
    var index = DataIndex()
    /// The index of the follow-up with `key` (0 ≤ index < `data.followUpCount`).
    mutating func followUpIndex(_ key: String) -> Int? { index.followUp(key, in: data) }
    var itemIndex: [String: Int] { index.itemByKey }
    var strings: Strings { Strings(lang: language) }

    /// A dashboard on `data` with the given options; the selection starts on the first row.
    public init(data: DashboardData, options: DashboardOptions = DashboardOptions()) {
        self.data = data
        language = options.language
        today = options.today
        width = max(0, options.width)
        height = max(0, options.height)
        reindex()
        rebuild()
        focusPaneWithRows()
    }

    /// An empty focused pane (at start: minutes without that topic; after a filter) gives
    /// the focus to the first pane that has rows, if any.
    mutating func focusPaneWithRows() {
        if panes[pane].rows.isEmpty, let p = panes.firstIndex(where: { !$0.rows.isEmpty }) { pane = p }
    }

    /// The key of the follow-up under the selection in the focused pane, if a follow-up row
    /// is selected (for the wiring, e.g. to run `note` on it).
    public var selectedFollowUpKey: String? {
        guard let row = selectedRow, case .followUp(let f) = row.kind else { return nil }
        return data.columns.keys[f]
    }

    /// The counts in the pane titles, in pane order: open follow-ups (open or partly) shown in
    /// each pane; with a status filter, the follow-ups shown.
    public var openCounts: [Int] { panes.map(\.openCount) }

    /// True when follow-up `f` is overdue: a deadline before `today` and still open or partly.
    func isOverdue(_ f: Int) -> Bool {
        guard let today, let due = data.columns.dues[f] else { return false }
        return data.columns.statuses[f].isPending && due < today
    }

    mutating func reindex() {
        index = DataIndex(data)
    }

    var selectedIndex: Int? {
        let rows = panes[pane].rows
        guard !rows.isEmpty else { return nil }
        return min(max(0, cursors[pane].index), rows.count - 1)
    }

    /// The identity of a row (its item's or follow-up's key).
    func key(of row: Row) -> RowKey {
        switch row.kind {
        case .item(let i): .item(data.items[i].key)
        case .followUp(let f): .followUp(data.columns.keys[f])
        }
    }

    /// The row a key names now, if it still exists.
    mutating func row(for key: RowKey) -> Row? {
        switch key {
        case .item(let k): index.itemByKey[k].map { Row(kind: .item($0)) }
        case .followUp(let k): followUpIndex(k).map { Row(kind: .followUp($0)) }
        }
    }

    var selectedRow: Row? { selectedIndex.map { panes[pane].rows[$0] } }

    /// Focus the first pane that lists this follow-up and select it there (after an undo,
    /// so the user sees what changed); nothing when the filters hide it.
    mutating func reveal(followUpKey key: String) {
        guard let f = followUpIndex(key) else { return }
        for p in panes.indices {
            if let i = panes[p].rows.firstIndex(where: { $0.kind == .followUp(f) }) {
                pane = p
                select(i, in: p)
                fixScroll()
                return
            }
        }
    }

    /// Point the cursor of pane `p` at row index `i` (clamped).
    mutating func select(_ i: Int, in p: Int) {
        let rows = panes[p].rows
        guard !rows.isEmpty else { cursors[p].index = 0; cursors[p].id = nil; cursors[p].row = nil; return }
        let j = min(max(0, i), rows.count - 1)
        cursors[p].index = j
        cursors[p].id = key(of: rows[j])
        cursors[p].row = rows[j]
    }
}
