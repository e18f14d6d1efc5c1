import Foundation
import Minutes

/// One follow-up as a list or a dashboard pane shows it: derived values with the user's
/// owned state applied (corrected parties/deadline replace the extracted ones).
/// Long texts (item text, meeting text) are not here: load them by key when needed
/// (`itemDetail(itemKey:)`, `meetingText(body:date:)`).
public struct FollowUpRow: Sendable, Hashable, Codable {
    /// The stable key (16 hex digits, `StableKey.followUp`): the id owned state hangs on.
    public var key: String
    /// Meeting body (`LOVP`) and ISO date.
    public var meetingBody: String
    public var meetingDate: String
    /// The agenda item's stable key and title.
    public var itemKey: String
    public var itemTitle: String
    /// Topic ids of the agenda item.
    public var topics: [String]
    /// The whole sentence.
    public var text: String
    /// Effective canonical party names.
    public var parties: [String]
    /// Effective deadline, ISO `YYYY-MM-DD`, or nil.
    public var due: String?
    /// The time phrase as written (`eind mei`); nil when none or when the user corrected the deadline.
    public var dueText: String?
    /// Owned status (`open` when the user never set one).
    public var status: FollowUpStatus
    /// The user's note, or nil.
    public var note: String?
    /// When the status or note last changed, ISO 8601 UTC timestamp, or nil.
    public var changedAt: String?
    /// 1-based inclusive lines in the source file.
    public var lines: LineRange
    /// The meeting's source file name.
    public var source: String
    /// True for a follow-up added by hand.
    public var handAdded: Bool
    /// True when a revised file or a reparse no longer has this follow-up (kept because it
    /// carries owned state; issue 4).
    public var noLongerFound: Bool
    /// True when the user dismissed it as a wrong extraction (only with `includeDismissed`).
    public var dismissed: Bool

    /// The short id shown to users: the first 7 hex digits of `key`.
    public var shortID: String { String(key.prefix(OverlegStore.shortIDLength)) }

    /// Whether the follow-up is overdue on `today` (ISO date): pending and due before today.
    public func isOverdue(today: String) -> Bool {
        guard let due, status.isPending else { return false }
        return due < today
    }
}

/// A meeting in the store, for the meeting selector (`m` in the dashboard).
public struct MeetingSummary: Sendable, Hashable, Codable {
    public var body: String
    /// ISO date.
    public var date: String
    public var title: String
    /// Source file name and its content hash.
    public var source: String
    public var sourceHash: String
    /// Follow-ups (not dismissed) and of those the open ones.
    public var followUps: Int
    public var open: Int
}

/// A name with a number of follow-ups (party picker, topic pane titles).
public struct NameCount: Sendable, Hashable, Codable {
    public var name: String
    public var count: Int
}
