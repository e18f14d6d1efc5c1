import Foundation

/// iCalendar export (RFC 5545): one VCALENDAR with a VTODO per follow-up that has a
/// deadline. Lines end in CRLF and are folded at 75 octets (§3.1) without splitting a
/// UTF-8 sequence; TEXT values escape `\`, `;`, `,` and line breaks (§3.3.11).
public enum ICalendarExport {
    /// The calendar for `rows`; follow-ups without a deadline are left out.
    /// - Parameter now: the DTSTAMP of every VTODO (UTC).
    public static func document(_ rows: [FollowUpRow], now: Date = Date()) -> String {
        let stamp = utcStamp(now)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//overleg//overleg follow-ups//NL", "CALSCALE:GREGORIAN"]
        for r in rows {
            guard let due = r.due else { continue }
            lines += ["BEGIN:VTODO",
                      "UID:\(r.key)@overleg",
                      "DTSTAMP:\(stamp)",
                      "DUE;VALUE=DATE:\(due.replacingOccurrences(of: "-", with: ""))",
                      "SUMMARY:" + text(r.text),
                      "DESCRIPTION:" + text(description(r)),
                      "STATUS:" + status(r.status)]
            if !r.topics.isEmpty { lines.append("CATEGORIES:" + r.topics.map(text).joined(separator: ",")) }
            if r.status == .done { lines.append("PERCENT-COMPLETE:100") }
            lines.append("END:VTODO")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func description(_ r: FollowUpRow) -> String {
        var parts = ["\(r.meetingBody) \(r.meetingDate) — \(r.itemTitle)"]
        if !r.parties.isEmpty { parts.append(r.parties.joined(separator: ", ")) }
        if let dueText = r.dueText { parts.append("(\(dueText))") }
        if let note = r.note { parts.append(note) }
        parts.append("\(r.source):\(r.lines)")
        return parts.joined(separator: "\n")
    }

    static func status(_ s: FollowUpStatus) -> String {
        switch s {
        case .open: "NEEDS-ACTION"
        case .partly: "IN-PROCESS"
        case .done: "COMPLETED"
        case .lapsed: "CANCELLED"
        }
    }

    /// Escapes a TEXT value (RFC 5545 §3.3.11).
    static func text(_ s: String) -> String {
        var out = ""
        for ch in ExportText.clean(s, keepNewlines: true) {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds one content line: at most 75 octets per physical line, continuation lines
    /// start with one space; every line ends in CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if octets + n > limit {
                out += "\r\n "
                octets = 0
                limit = 74       // the leading space counts
            }
            out.unicodeScalars.append(scalar)
            octets += n
        }
        return out + "\r\n"
    }

    static func utcStamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }
}
