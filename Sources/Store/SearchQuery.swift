import Foundation
import GRDB

/// Turning a user's search text into an FTS5 query that takes it literally
/// (issue 4 "Search": quotes, `*`, `-`, `NEAR` are just characters).
enum SearchQuery {
    /// The text as one FTS5 phrase (double quotes doubled inside), the last word matched as
    /// a prefix. Nil when the text has no letter or digit (FTS5 would see no token); callers
    /// then fall back to `likePattern`.
    static func literal(_ text: String) -> String? {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\" *"
    }

    /// A LIKE pattern for a substring match, `%`, `_` and `\` escaped (ESCAPE '\').
    static func likePattern(_ text: String) -> String {
        var out = "%"
        for ch in text {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out + "%"
    }
}

/// A search hit: a follow-up, agenda item or decision whose text matches.
public struct SearchHit: Sendable, Hashable {
    public enum Kind: String, Sendable { case followUp, item, decision }
    public var kind: Kind
    /// The stable key of the follow-up, item or decision.
    public var key: String
    /// Meeting body and ISO date.
    public var meetingBody: String
    public var meetingDate: String
    /// The sentence (follow-up, decision) or the item title.
    public var text: String
}

extension OverlegStore {
    /// Searches follow-ups, agenda items (title and text) and decisions with FTS5, the text
    /// taken literally (see `FollowUpFilter.search`). Follow-ups first, then items, then
    /// decisions, each in meeting order; at most `limit` hits of each kind.
    public func search(_ text: String, limit: Int = 200) throws -> [SearchHit] {
        guard let match = SearchQuery.literal(text) else { return [] }
        return try read { db in
            let fu = try Row.fetchAll(db, sql: """
                SELECT fu.key, m.body, m.date, fu.text FROM follow_up_fts f JOIN follow_up fu ON fu.id = f.rowid
                JOIN meeting m ON m.id = fu.meeting_id WHERE follow_up_fts MATCH ? ORDER BY m.date, m.body, fu.position LIMIT ?
                """, arguments: [match, limit]).map {
                SearchHit(kind: .followUp, key: $0["key"], meetingBody: $0["body"], meetingDate: $0["date"], text: $0["text"])
            }
            let items = try Row.fetchAll(db, sql: """
                SELECT i.key, m.body, m.date, i.title FROM item_fts f JOIN item i ON i.id = f.rowid
                JOIN meeting m ON m.id = i.meeting_id WHERE item_fts MATCH ? ORDER BY m.date, m.body, i.position LIMIT ?
                """, arguments: [match, limit]).map {
                SearchHit(kind: .item, key: $0["key"], meetingBody: $0["body"], meetingDate: $0["date"], text: $0["title"])
            }
            let decisions = try Row.fetchAll(db, sql: """
                SELECT d.key, m.body, m.date, d.text FROM decision_fts f JOIN decision d ON d.id = f.rowid
                JOIN meeting m ON m.id = d.meeting_id WHERE decision_fts MATCH ? ORDER BY m.date, m.body, d.position LIMIT ?
                """, arguments: [match, limit]).map {
                SearchHit(kind: .decision, key: $0["key"], meetingBody: $0["body"], meetingDate: $0["date"], text: $0["text"])
            }
            return fu + items + decisions
        }
    }
}
