import Foundation

/// Lookup tables over `DashboardData`, built once per data load so that rebuilding the
/// panes after a filter change touches only integers (budget: a party filter under 5 ms
/// at 50,000 follow-ups, DESIGN.md "Budgets").
struct DataIndex: Sendable {
    /// Follow-up key → index, and store row id → index; built on first use (a `.saved`, a
    /// loaded detail, search results), not at start-up.
    var followUpByKey: [UInt64: Int]?
    var followUpByTextKey: [String: Int] = [:]
    var followUpByRowID: [Int64: Int]?
    var itemByKey: [String: Int] = [:]
    /// Follow-up indices of each item, by item index, in data order.
    var followUpsOfItem: [[Int]] = []
    /// Pane indices of each item.
    var panesOfItem: [[Int]] = []
    /// Item indices, newest meeting first, then data order (the `meeting` sort).
    var meetingOrder: [Int] = []
    /// Meeting indices, newest first (`m` steps through them).
    var meetingsNewestFirst: [Int] = []
    /// Party name → id (ids index `DashboardData.columns.partyNames`).
    var partyID: [String: Int32] = [:]
    /// Case- and diacritic-folded UTF-8 of each follow-up's sentence + parties and of each
    /// item's title, for search in whole data (built on the first search).
    var foldedFollowUps: [[UInt8]]?
    var foldedItems: [[UInt8]]?

    init() {}

    init(_ data: DashboardData) {
        itemByKey.reserveCapacity(data.items.count)
        for (i, item) in data.items.enumerated() where itemByKey[item.key] == nil { itemByKey[item.key] = i }
        followUpsOfItem = Array(repeating: [], count: data.items.count)
        for (f, it) in data.columns.items.enumerated() where it >= 0 { followUpsOfItem[Int(it)].append(f) }
        for (id, name) in data.columns.partyNames.enumerated() { partyID[name] = Int32(id) }
        panesOfItem = data.items.map { DashboardOverview.panes(ofTopics: $0.topics) }
        // Rank meetings newest first (ISO dates sort as text; on one date, the data's order),
        // then order items by rank.
        let ranked = data.meetings.indices.sorted { a, b in
            data.meetings[a].date != data.meetings[b].date ? data.meetings[a].date > data.meetings[b].date : a < b
        }
        meetingsNewestFirst = ranked
        var rank = [Int](repeating: ranked.count, count: data.meetings.count)
        for (r, m) in ranked.enumerated() { rank[m] = r }
        let itemRank = data.items.map { $0.meeting >= 0 && $0.meeting < rank.count ? rank[$0.meeting] : rank.count }
        meetingOrder = data.items.indices.sorted { a, b in
            itemRank[a] != itemRank[b] ? itemRank[a] < itemRank[b] : a < b
        }
    }

    /// The index of the follow-up with `key`, building the key table on first use.
    mutating func followUp(_ key: String, in data: DashboardData) -> Int? {
        if followUpByKey == nil {
            let keys = data.columns.keys
            var m = [UInt64: Int](minimumCapacity: keys.count)
            for (i, k) in keys.bits.enumerated() where keys.texts[i] == nil { m[k] = i }
            followUpByKey = m
            followUpByTextKey = Dictionary(keys.texts.map { ($0.value, $0.key) }, uniquingKeysWith: min)
        }
        if let number = FollowUpKeys.number(key) { return followUpByKey?[number] }
        return followUpByTextKey[key]
    }

    /// The index of the follow-up with store row id `id`, building the table on first use.
    mutating func followUp(rowID id: Int64, in data: DashboardData) -> Int? {
        if followUpByRowID == nil {
            var m = [Int64: Int](minimumCapacity: data.followUpCount)
            for (i, r) in data.columns.rowIDs.enumerated() { m[r] = i }
            followUpByRowID = m
        }
        return followUpByRowID?[id]
    }

    /// Fold text for search: ASCII lower case, Latin letters without diacritics (ë → e),
    /// combining accents dropped; other characters kept as they are. Works on UTF-8 bytes:
    /// Foundation's `folding` costs ~10 µs a string, too slow for 50,000 follow-ups.
    static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        fold(s, into: &out)
        return out
    }

    static func fold(_ s: String, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + s.utf8.count)
        var lead: UInt8 = 0
        for b in s.utf8 {
            if lead != 0 {
                let cp = (UInt32(lead & 0x1F) << 6) | UInt32(b & 0x3F)
                if let base = latinBase[cp] {
                    out.append(base)
                } else if !(0x300...0x36F).contains(cp) {   // keep all but combining accents
                    out.append(lead)
                    out.append(b)
                }
                lead = 0
            } else if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            } else if (0xC3...0xC5).contains(b) || b == 0xCC || b == 0xCD {
                lead = b                                        // U+00C0–017F, U+0300–037F
            } else {
                out.append(b)
            }
        }
    }

    /// Latin-1 and Latin Extended-A letters with diacritics → their ASCII base letter.
    static let latinBase: [UInt32: UInt8] = {
        var m: [UInt32: UInt8] = [:]
        let groups: [(String, Character)] = [
            ("àáâãäåÀÁÂÃÄÅāăąĀĂĄ", "a"), ("çÇćĉċčĆĈĊČ", "c"), ("ďđĎĐ", "d"),
            ("èéêëÈÉÊËēĕėęěĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"),
            ("ìíîïÌÍÎÏĩīĭįıĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"),
            ("ñÑńņňŃŅŇ", "n"), ("òóôõöøÒÓÔÕÖØōŏőŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüÙÚÛÜũūŭůűųŨŪŬŮŰŲ", "u"),
            ("ŵŴ", "w"), ("ýÿÝŶŷŸ", "y"), ("źżžŹŻŽ", "z"),
        ]
        for (letters, base) in groups {
            for u in letters.unicodeScalars { m[u.value] = base.asciiValue }
        }
        return m
    }()

    mutating func buildSearch(_ data: DashboardData) {
        guard foldedFollowUps == nil else { return }
        foldedFollowUps = (0..<data.followUpCount).map { f in
            var out = Self.fold(data.details[f]?.text ?? "")
            for p in data.columns.partyNames(of: f) {
                out.append(0x20)
                Self.fold(p, into: &out)
            }
            return out
        }
        foldedItems = data.items.map { Self.fold($0.title) }
    }

    /// True when `needle` occurs in `hay` (bytes).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = hay.count
        guard n > 0, n <= h, let first = needle.first else { return n == 0 }
        var i = 0
        while i <= h - n {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
