import Foundation
import GRDB
import GRDBSQLite

/// What the dashboard keeps in memory for a whole store (issue 4 "Speed": only the columns a
/// screen needs, text loaded on demand): meetings, agenda items without their texts, and
/// follow-ups as columns of numbers and short strings — no sentences, notes or line numbers
/// (load those with `followUpRows(ids:)` for the rows on screen).
///
/// At 50,000 follow-ups this is about 4 MB instead of the 40 MB of `followUps(.everything)`.
public struct DashboardSnapshot: Sendable {
    /// A meeting, in date order, then body.
    public struct Meeting: Sendable, Hashable {
        public var body: String
        /// ISO date `YYYY-MM-DD`.
        public var date: String
        public var title: String
        /// The source file's name as imported.
        public var source: String
    }

    /// An agenda item, in meeting order, then document order.
    public struct Item: Sendable, Hashable {
        /// The item's stable key (16 hex digits).
        public var key: String
        /// Index into `meetings`.
        public var meeting: Int
        public var title: String
        /// Topic ids.
        public var topics: [String]
        /// 1-based inclusive lines in the source file.
        public var lineFirst: Int
        public var lineLast: Int
    }

    public var meetings: [Meeting] = []
    public var items: [Item] = []
    /// Follow-ups that are not dismissed, in meeting order then document order; entry `f` of
    /// every column below belongs to the same follow-up.
    /// The store's row id (`followUpRows(ids:)` loads the rest by it; valid until the next
    /// import or reparse replaces the meeting's rows).
    public var rowIDs: [Int64] = []
    /// Stable keys (16 hex digits) as numbers; `otherKeys` holds, by follow-up index, any key
    /// that is not 16 lower-case hex digits (its number here is 0).
    public var keyBits: [UInt64] = []
    public var otherKeys: [Int: String] = [:]
    /// Index into `items` of each follow-up's agenda item; -1 when the item is gone (a follow-up
    /// no longer found in a revised file keeps its old item key).
    public var itemIndex: [Int32] = []
    /// Effective status (owned state, `open` when never set).
    public var statuses: [FollowUpStatus] = []
    /// Effective deadline, ISO `YYYY-MM-DD`, or nil.
    public var dues: [String?] = []
    /// Effective parties: follow-up `f` has `partyIDs[partyStart[f]..<partyStart[f + 1]]`,
    /// indices into `partyNames` (canonical names, each stored once).
    public var partyStart: [Int32] = [0]
    public var partyIDs: [Int32] = []
    public var partyNames: [String] = []
}

extension OverlegStore {
    /// The dashboard's in-memory model of the whole store, in one read transaction.
    /// - Throws: `StoreError` when the store cannot be read.
    public func dashboardSnapshot() throws -> DashboardSnapshot {
        try read { db in
            var snap = DashboardSnapshot()
            let meetingIndex: [Int64: Int]
            (snap.meetings, meetingIndex) = try Self.dashboardMeetings(db)
            // Item keys as numbers: a follow-up names its item by key, and parsing 16 hex
            // digits costs less than making a String of them 50,000 times.
            var itemByKey: [UInt64: Int32] = [:]
            let items = try db.cachedStatement(sql: """
                SELECT i.key, i.meeting_id, i.title, i.topics, i.line_first, i.line_last
                FROM item i JOIN meeting m ON m.id = i.meeting_id ORDER BY m.date, m.body, i.position
                """)
            let itemCursor = try Row.fetchCursor(items)
            while let row = try itemCursor.next() {
                let key: String = row[0]
                if let bits = HexKey.value(key), itemByKey[bits] == nil { itemByKey[bits] = Int32(snap.items.count) }
                snap.items.append(.init(key: key, meeting: meetingIndex[row[1]] ?? -1, title: row[2],
                                        topics: StoreSchema.split(row[3]), lineFirst: row[4], lineLast: row[5]))
            }
            var parties = PartyInterner()
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_up") ?? 0
            snap.rowIDs.reserveCapacity(n)
            snap.keyBits.reserveCapacity(n)
            snap.itemIndex.reserveCapacity(n)
            snap.dues.reserveCapacity(n)
            snap.statuses.reserveCapacity(n)
            snap.partyStart.reserveCapacity(n + 1)
            snap.partyIDs.reserveCapacity(n + n / 2)
            // Read through SQLite's C API: GRDB's row decoding costs more than the query at
            // 50,000 rows, and no String is made for a key or a party list.
            let statement = try db.cachedStatement(sql: """
                SELECT fu.id, fu.key, fu.item_key, \(Self.effectiveDue), COALESCE(s.parties, fu.parties), \(Self.effectiveStatus)
                FROM follow_up fu JOIN meeting m ON m.id = fu.meeting_id
                LEFT JOIN follow_up_state s ON s.key = fu.key
                WHERE COALESCE(s.dismissed, 0) = 0
                ORDER BY m.date, m.body, fu.position
                """)
            let h = statement.sqliteStatement
            sqlite3_reset(h)
            defer { sqlite3_reset(h) }
            var code = sqlite3_step(h)
            while code == SQLITE_ROW {
                let f = snap.rowIDs.count
                snap.rowIDs.append(sqlite3_column_int64(h, 0))
                let key = Self.columnBytes(h, 1)
                if let bits = HexKey.value(key) {
                    snap.keyBits.append(bits)
                } else {
                    snap.keyBits.append(0)
                    snap.otherKeys[f] = String(decoding: key, as: UTF8.self)
                }
                snap.itemIndex.append(HexKey.value(Self.columnBytes(h, 2)).flatMap { itemByKey[$0] } ?? -1)
                snap.dues.append(sqlite3_column_type(h, 3) == SQLITE_NULL ? nil : String(decoding: Self.columnBytes(h, 3), as: UTF8.self))
                parties.append(Self.columnBytes(h, 4), to: &snap.partyIDs)
                snap.partyStart.append(Int32(snap.partyIDs.count))
                snap.statuses.append(FollowUpStatus(rawValue: String(decoding: Self.columnBytes(h, 5), as: UTF8.self)) ?? .open)
                code = sqlite3_step(h)
            }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) },
                                    sql: statement.sql)
            }
            snap.partyNames = parties.names
            return snap
        }
    }
}

extension OverlegStore {
    /// The meetings that `condition` keeps, in date order then body, and each one's index
    /// in that list by row id.
    static func dashboardMeetings(_ db: Database, where condition: String = "1", arguments: StatementArguments = [])
        throws -> ([DashboardSnapshot.Meeting], [Int64: Int]) {
        var meetings: [DashboardSnapshot.Meeting] = []
        var index: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, body, date, title, source FROM meeting WHERE \(condition) ORDER BY date, body",
                                    arguments: arguments) {
            index[row[0]] = meetings.count
            meetings.append(.init(body: row[1], date: row[2], title: row[3], source: row[4]))
        }
        return (meetings, index)
    }

    /// The text of column `index` of the current row as bytes, valid until the next step
    /// (empty for NULL).
    static func columnBytes(_ h: SQLiteStatement, _ index: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(h, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(h, index)))
    }
}

/// 16 lower-case hex digits (a stable key) as a number.
enum HexKey {
    static func value(_ key: String) -> UInt64? {
        var key = key
        return key.withUTF8 { value($0) }
    }

    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var v: UInt64 = 0
        for b in bytes {
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt64(d)
        }
        return v
    }
}

/// Turns the stored party lists (names joined by U+001F) into ids, each distinct list parsed
/// once: an archive has a few hundred distinct lists across 50,000 follow-ups. Lists are
/// found by an FNV-1a hash of their bytes and then compared byte for byte.
struct PartyInterner {
    private(set) var names: [String] = []
    private var idOfName: [String: Int32] = [:]
    private var lists: [UInt64: [(bytes: [UInt8], ids: [Int32])]] = [:]

    /// Appends the ids of the list `bytes` (empty: none) to `ids`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        guard !bytes.isEmpty else { return }
        var hash: UInt64 = 0xcbf29ce484222325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        if let known = lists[hash]?.first(where: { $0.bytes.elementsEqual(bytes) }) {
            ids.append(contentsOf: known.ids)
            return
        }
        let list = StoreSchema.split(String(decoding: bytes, as: UTF8.self)).map { name -> Int32 in
            if let id = idOfName[name] { return id }
            let id = Int32(names.count)
            names.append(name)
            idOfName[name] = id
            return id
        }
        lists[hash, default: []].append((Array(bytes), list))
        ids.append(contentsOf: list)
    }
}
