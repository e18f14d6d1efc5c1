import Foundation

/// The `overleg parse --format json` output (DESIGN.md "parse JSON", a contract read by tests and
/// `score-extraction`): `{"meetings": [{body, date, title, source, items: [{id, title, topics,
/// lines, followUps: [{id, text, parties, due, dueText, status, lines}], decisions: [{id, text,
/// lines}]}]}]}`. The meeting's whole text is not in it; `due`/`dueText` are explicit nulls.
public enum ParseJSON {
    private struct Root: Encodable { var meetings: [MeetingOut] }
    private struct MeetingOut: Encodable {
        var body, date, title, source: String
        var items: [ItemOut]
    }
    private struct ItemOut: Encodable {
        var id, title: String
        var topics: [String]
        var lines: LineRange
        var followUps: [FollowUp]
        var decisions: [Decision]
    }

    /// UTF-8 JSON, keys sorted, pretty-printed, slashes unescaped.
    public static func encode(_ meetings: [Meeting]) throws -> Data {
        let root = Root(meetings: meetings.map { m in
            MeetingOut(body: m.body, date: m.date, title: m.title, source: m.source,
                       items: m.items.map { ItemOut(id: $0.id, title: $0.title, topics: $0.topics, lines: $0.lines,
                                                    followUps: $0.followUps, decisions: $0.decisions) })
        })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try enc.encode(root)
    }
}

/// The `overleg parse --format text` output: one block per meeting for people to read.
public enum ParseText {
    /// Meeting line, then per item its title, topics and lines, its decisions (`B`) and
    /// follow-ups (`A`) with parties, deadline and lines.
    public static func render(_ meetings: [Meeting]) -> String {
        var out = ""
        for m in meetings {
            out += "\(m.body) \(m.date) — \(m.title) (\(m.source))\n"
            for item in m.items {
                out += "\n  \(item.title)  [\(item.topics.joined(separator: ", "))]  regels \(item.lines)\n"
                for d in item.decisions {
                    out += "    B  \(d.text)  (r. \(d.lines))\n"
                }
                for f in item.followUps {
                    var meta = f.parties.isEmpty ? "-" : f.parties.joined(separator: ", ")
                    if let due = f.due { meta += "; \(due)" }
                    if let t = f.dueText { meta += " (\(t))" }
                    out += "    A  \(f.text)\n       → \(meta)  (r. \(f.lines))\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
