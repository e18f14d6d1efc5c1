import Foundation

extension DashboardData {
    /// One follow-up as a single value: how tests and the demo hand follow-ups in, and how
    /// `DashboardData.followUp(_:)` hands one out.
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
}

/// What a pane row and the detail need beyond the columns: loaded for the rows on screen
/// (`Event.followUpsLoaded`).
public struct FollowUpDetail: Sendable, Hashable {
    /// The short id shown in the detail (`overleg done ID`).
    public var shortID: String
    /// The whole sentence.
    public var text: String
    /// The deadline phrase as written ("eind mei"), or nil.
    public var dueText: String?
    /// The user's note, or nil.
    public var note: String?
    /// Lines of the sentence in its source file, 1-based inclusive.
    public var lines: LineSpan
    public init(shortID: String, text: String, dueText: String? = nil, note: String? = nil, lines: LineSpan) {
        self.shortID = shortID
        self.text = text
        self.dueText = dueText
        self.note = note
        self.lines = lines
    }
}

/// The follow-ups' stable keys, entry `f` for follow-up `f`. A key of 16 lower-case hex digits
/// (every key a store makes, `StableKey`) is kept as its number: no String per follow-up, a
/// tenth of the memory at 50,000 follow-ups. Other keys (tests' "f-wet") are kept as text.
public struct FollowUpKeys: Sendable, Hashable {
    var bits: [UInt64] = []
    /// Keys that are not 16 lower-case hex digits, by follow-up index.
    var texts: [Int: String] = [:]

    public init() {}

    /// Keys from numbers, with `texts` for the indices whose key is not a number.
    public init(bits: [UInt64], texts: [Int: String]) {
        self.bits = bits
        self.texts = texts
    }

    public var count: Int { bits.count }

    public mutating func reserveCapacity(_ n: Int) { bits.reserveCapacity(n) }

    public mutating func append(_ key: String) {
        if let value = Self.number(key) {
            bits.append(value)
        } else {
            texts[bits.count] = key
            bits.append(0)
        }
    }

    /// The key of follow-up `f` as text.
    public subscript(f: Int) -> String { texts[f] ?? Self.hex(bits[f]) }

    /// The number of a key of 16 lower-case hex digits, else nil.
    public static func number(_ key: String) -> UInt64? {
        let utf8 = key.utf8
        guard utf8.count == 16 else { return nil }
        var value: UInt64 = 0
        for b in utf8 {
            switch b {
            case 0x30...0x39: value = value << 4 | UInt64(b - 0x30)
            case 0x61...0x66: value = value << 4 | UInt64(b - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }

    /// 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { digits[Int(truncatingIfNeeded: value >> UInt64(60 - 4 * $0)) & 0xf] }, as: UTF8.self)
    }
}

/// Follow-ups as parallel arrays: entry `f` of each is follow-up `f`. About 40 bytes a
/// follow-up, against some 500 as `FollowUp` values with their sentences.
struct FollowUpColumns: Sendable, Hashable {
    var rowIDs: [Int64] = []
    var keys = FollowUpKeys()
    /// Index of the agenda item in `DashboardData.items`, -1 when it is missing.
    var items: [Int32] = []
    var statuses: [FollowUpStatus] = []
    var dues: [String?] = []
    /// Follow-up `f`'s parties are `partyIDs[partyStart[f]..<partyStart[f + 1]]`.
    var partyStart: [Int32] = [0]
    var partyIDs: [Int32] = []
    /// Canonical party names, each once; ids index it.
    var partyNames: [String] = []

    init() {}

    /// Checked columns (nil when the counts or indices do not fit together).
    init?(rowIDs: [Int64], keys: FollowUpKeys, items: [Int32], statuses: [FollowUpStatus], dues: [String?],
          partyStart: [Int32], partyIDs: [Int32], partyNames: [String], itemCount: Int) {
        let n = keys.count
        guard rowIDs.count == n, items.count == n, statuses.count == n, dues.count == n, partyStart.count == n + 1,
              partyStart.first == 0, partyStart.last.map(Int.init) == partyIDs.count,
              zip(partyStart, partyStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              partyIDs.allSatisfy({ $0 >= 0 && Int($0) < partyNames.count }),
              items.allSatisfy({ $0 >= -1 && Int($0) < itemCount }) else { return nil }
        self.rowIDs = rowIDs
        self.keys = keys
        self.items = items
        self.statuses = statuses
        self.dues = dues
        self.partyStart = partyStart
        self.partyIDs = partyIDs
        self.partyNames = partyNames
    }

    /// Columns and details of whole follow-up values; row ids are their indices.
    static func make(_ followUps: [DashboardData.FollowUp], items: [DashboardData.Item])
        -> (FollowUpColumns, [Int: FollowUpDetail]) {
        var c = FollowUpColumns()
        var details: [Int: FollowUpDetail] = [:]
        var itemByKey: [String: Int32] = [:]
        for (i, item) in items.enumerated() where itemByKey[item.key] == nil { itemByKey[item.key] = Int32(i) }
        var partyID: [String: Int32] = [:]
        for (f, fu) in followUps.enumerated() {
            c.rowIDs.append(Int64(f))
            c.keys.append(fu.key)
            c.items.append(itemByKey[fu.itemKey] ?? -1)
            c.statuses.append(fu.status)
            c.dues.append(fu.due)
            for name in fu.parties {
                if partyID[name] == nil {
                    partyID[name] = Int32(c.partyNames.count)
                    c.partyNames.append(name)
                }
                c.partyIDs.append(partyID[name] ?? 0)
            }
            c.partyStart.append(Int32(c.partyIDs.count))
            details[f] = FollowUpDetail(shortID: fu.shortID, text: fu.text, dueText: fu.dueText, note: fu.note, lines: fu.lines)
        }
        return (c, details)
    }

    /// Party ids of follow-up `f`.
    func parties(of f: Int) -> ArraySlice<Int32> {
        partyIDs[Int(partyStart[f])..<Int(partyStart[f + 1])]
    }

    /// Party names of follow-up `f`, in their order.
    func partyNames(of f: Int) -> [String] {
        parties(of: f).map { partyNames[Int($0)] }
    }

    /// After the items were replaced: point every follow-up at the new item with its old
    /// item's key (-1 when there is none).
    mutating func relink(from old: [DashboardData.Item], to new: [DashboardData.Item]) {
        var byKey: [String: Int32] = [:]
        for (i, item) in new.enumerated() where byKey[item.key] == nil { byKey[item.key] = Int32(i) }
        for f in items.indices {
            let i = Int(items[f])
            items[f] = i >= 0 && i < old.count ? byKey[old[i].key] ?? -1 : -1
        }
    }
}
