import Foundation

/// Which meeting(s) a filter keeps: `--meeting BODY|DATE` (issue 4 "Command line").
public enum MeetingSelector: Sendable, Hashable {
    /// Every meeting of this body (case-insensitive), e.g. `LOVP`.
    case body(String)
    /// Every meeting on this ISO date `YYYY-MM-DD`.
    case date(String)
    /// One meeting: body and date.
    case meeting(body: String, date: String)

    /// Parses `2017-04-10` (a date), `LOVP` (a body), or `LOVP@2017-04-10` / `LOVP 2017-04-10`
    /// (one meeting). Empty text gives nil.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        if ISODate.isValid(t) { self = .date(t); return }
        for sep in ["@", " "] {
            if let r = t.range(of: sep, options: .backwards) {
                let date = String(t[r.upperBound...]).trimmingCharacters(in: .whitespaces)
                let body = String(t[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
                if ISODate.isValid(date), !body.isEmpty { self = .meeting(body: body, date: date); return }
            }
        }
        self = .body(t)
    }
}

/// The filters shared by the dashboard, `list` and `export` (issue 4 "Command line").
/// All conditions hold together (AND); several parties match any of them (OR).
public struct FollowUpFilter: Sendable, Hashable {
    /// Canonical party names (case-insensitive); empty = every party. A follow-up matches
    /// when its effective parties (a user's correction, else the extraction) include one.
    public var parties: [String]
    /// A topic id (`ondermijning`, ...); nil = every topic.
    public var topic: String?
    /// Only this status; nil = all statuses. Default `.open`.
    public var status: FollowUpStatus?
    /// Only these meetings; nil = all.
    public var meeting: MeetingSelector?
    /// Only follow-ups still pending (open or partly) whose deadline is before `today`.
    public var overdue: Bool
    /// "Today" as ISO `YYYY-MM-DD` for `overdue` (the CLI's `--today`, else the local date).
    public var today: String
    /// Only follow-ups with a deadline strictly before this ISO date.
    public var dueBefore: String?
    /// Text searched in the follow-up's sentence and its agenda item's title (FTS5), taken
    /// literally: quotes, `*`, `-`, `NEAR` are plain characters. Each word may be the start
    /// of a longer word (`ondermijn` finds `ondermijning`).
    public var search: String?
    /// Also rows the user dismissed as wrong extractions (default false).
    public var includeDismissed: Bool

    public init(parties: [String] = [], topic: String? = nil, status: FollowUpStatus? = .open,
                meeting: MeetingSelector? = nil, overdue: Bool = false, today: String = ISODate.today(),
                dueBefore: String? = nil, search: String? = nil, includeDismissed: Bool = false) {
        self.parties = parties
        self.topic = topic
        self.status = status
        self.meeting = meeting
        self.overdue = overdue
        self.today = today
        self.dueBefore = dueBefore
        self.search = search
        self.includeDismissed = includeDismissed
    }

    /// Every follow-up of every status (dismissed ones excluded).
    public static let everything = FollowUpFilter(status: nil)
}

/// ISO 8601 calendar dates as the store keeps them (`YYYY-MM-DD`).
public enum ISODate {
    /// True for a real calendar date written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return false }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: now)
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }
}
