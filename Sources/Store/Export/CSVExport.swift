import Foundation

/// CSV export, RFC 4180: one row per follow-up, a header row, fields separated by commas,
/// records ended by CRLF, a field quoted (quotes doubled) when it holds a comma, quote,
/// CR or LF. Lists (parties, topics) are joined by "; ".
public enum CSVExport {
    /// The header row's column names (English, stable for scripts).
    public static let columns = ["id", "key", "meeting_body", "meeting_date", "item", "topics", "text", "parties",
                                 "due", "due_text", "status", "note", "changed_at", "source", "lines"]

    /// The CSV document for `rows` (UTF-8 text, CRLF line ends).
    public static func document(_ rows: [FollowUpRow]) -> String {
        var out = record(columns)
        for r in rows {
            out += record([r.shortID, r.key, r.meetingBody, r.meetingDate, r.itemTitle, r.topics.joined(separator: "; "),
                           r.text, r.parties.joined(separator: "; "), r.due ?? "", r.dueText ?? "", r.status.rawValue,
                           r.note ?? "", r.changedAt ?? "", r.source, "\(r.lines.first)-\(r.lines.last)"])
        }
        return out
    }

    /// One record with its CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it. Line breaks inside are kept as CRLF.
    static func field(_ value: String) -> String {
        let clean = ExportText.clean(value, keepNewlines: true).replacingOccurrences(of: "\n", with: "\r\n")
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) else {
            return clean
        }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
