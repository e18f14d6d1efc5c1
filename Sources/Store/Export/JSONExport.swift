import Foundation
import Minutes

/// JSON output: `list --format json` (an array of follow-ups) and `export --format json`
/// (meetings with items, decisions and follow-ups; the shape of DESIGN.md's parse JSON
/// plus the owned state). Keys sorted, UTF-8, control characters escaped by JSONEncoder.
public enum JSONExport {
    /// A follow-up as `list --format json` gives it (issue 4: at least id, meeting {body,
    /// date}, item, topics, text, parties, due, status, note).
    public struct ListEntry: Encodable {
        public struct MeetingRef: Encodable { var body: String; var date: String }
        var id: String
        var key: String
        var meeting: MeetingRef
        var item: String
        var itemKey: String
        var topics: [String]
        var text: String
        var parties: [String]
        var due: String?
        var dueText: String?
        var status: String
        var note: String?
        var changedAt: String?
        var overdue: Bool
        var noLongerFound: Bool
        var handAdded: Bool
        var source: String
        var lines: LineRange

        init(_ r: FollowUpRow, today: String) {
            id = r.shortID; key = r.key; meeting = .init(body: r.meetingBody, date: r.meetingDate)
            item = r.itemTitle; itemKey = r.itemKey; topics = r.topics; text = r.text; parties = r.parties
            due = r.due; dueText = r.dueText; status = r.status.rawValue; note = r.note; changedAt = r.changedAt
            overdue = r.isOverdue(today: today); noLongerFound = r.noLongerFound; handAdded = r.handAdded
            source = r.source; lines = r.lines
        }

        enum CodingKeys: String, CodingKey {
            case id, key, meeting, item, itemKey, topics, text, parties, due, dueText, status, note, changedAt,
                 overdue, noLongerFound, handAdded, source, lines
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(key, forKey: .key); try c.encode(meeting, forKey: .meeting)
            try c.encode(item, forKey: .item); try c.encode(itemKey, forKey: .itemKey); try c.encode(topics, forKey: .topics)
            try c.encode(text, forKey: .text); try c.encode(parties, forKey: .parties)
            try c.encode(due, forKey: .due); try c.encode(dueText, forKey: .dueText)   // explicit nulls
            try c.encode(status, forKey: .status); try c.encode(note, forKey: .note); try c.encode(changedAt, forKey: .changedAt)
            try c.encode(overdue, forKey: .overdue); try c.encode(noLongerFound, forKey: .noLongerFound)
            try c.encode(handAdded, forKey: .handAdded); try c.encode(source, forKey: .source); try c.encode(lines, forKey: .lines)
        }
    }

    /// `list --format json`: a JSON array, one object per row.
    public static func list(_ rows: [FollowUpRow], today: String) throws -> Data {
        try encoder().encode(rows.map { ListEntry($0, today: today) })
    }

    struct ExportDocument: Encodable {
        struct MeetingOut: Encodable {
            var body, date, title, source: String
            var items: [ItemOut]
        }
        struct ItemOut: Encodable {
            var id, title: String
            var topics: [String]
            var lines: LineRange
            var decisions: [DecisionOut]
            var followUps: [ListEntry]
        }
        struct DecisionOut: Encodable { var id, text: String; var lines: LineRange }
        var meetings: [MeetingOut]
    }

    /// `export --format json`: `{"meetings": [{body, date, title, source, items: [{id, title,
    /// topics, lines, decisions, followUps}]}]}` holding the meetings and items of `rows`
    /// (every decision of those items, only the follow-ups in `rows`).
    /// - Parameter items: the items of the meetings involved (`OverlegStore.items(body:date:)`).
    public static func export(_ rows: [FollowUpRow], meetings: [MeetingSummary], items: [ItemDetail], today: String) throws -> Data {
        var rowsByItem: [String: [FollowUpRow]] = [:]
        for r in rows { rowsByItem[r.itemKey, default: []].append(r) }
        let doc = ExportDocument(meetings: meetings.compactMap { m in
            let its = items.filter { $0.meetingBody == m.body && $0.meetingDate == m.date && rowsByItem[$0.key] != nil }
            guard !its.isEmpty else { return nil }
            return .init(body: m.body, date: m.date, title: m.title, source: m.source, items: its.map { i in
                .init(id: i.key, title: i.title, topics: i.topics, lines: i.lines,
                      decisions: i.decisions.map { .init(id: $0.key, text: $0.text, lines: $0.lines) },
                      followUps: (rowsByItem[i.key] ?? []).map { ListEntry($0, today: today) })
            })
        })
        return try encoder().encode(doc)
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
