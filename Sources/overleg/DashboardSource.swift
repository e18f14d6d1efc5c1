import Dashboard
import Foundation
import Minutes
import OverlegResources
import Store

/// Builds the dashboard's plain-value model (`DashboardData`) from the store, or from the
/// built-in demo meeting when the store holds none (issue 2 point 6).
enum DashboardSource {
    /// Everything the dashboard shows, read from `store`: meetings in date order, their
    /// agenda items in document order (one query, without their texts: the dashboard asks
    /// for an item's text with `Effect.loadItemText` when its detail is shown; issue 4
    /// "Speed"), and every follow-up that is not dismissed (any status: the dashboard
    /// filters by status itself).
    /// - Returns: nil when the store holds no meeting.
    /// - Throws: `StoreError` when the store cannot be read.
    static func load(from store: OverlegStore) throws -> DashboardData? {
        let meetings = try store.meetings()
        guard !meetings.isEmpty else { return nil }
        var meetingIndex: [String: Int] = [:]
        for (index, meeting) in meetings.enumerated() { meetingIndex[meeting.body + "|" + meeting.date] = index }
        let items = try store.itemSummaries().compactMap { item -> DashboardData.Item? in
            guard let index = meetingIndex[item.meetingBody + "|" + item.meetingDate] else { return nil }
            return DashboardData.Item(
                key: item.key, meeting: index, title: item.title, topics: item.topics,
                lines: LineSpan(item.lines.first, item.lines.last), sourceFile: item.source)
        }
        let followUps = try store.followUps(.everything).map { row in
            DashboardData.FollowUp(
                key: row.key, shortID: row.shortID, itemKey: row.itemKey, text: row.text,
                parties: row.parties, due: row.due, dueText: row.dueText,
                status: Dashboard.FollowUpStatus(rawValue: row.status.rawValue) ?? .open,
                note: row.note, lines: LineSpan(row.lines.first, row.lines.last))
        }
        return DashboardData(
            meetings: meetings.map { DashboardData.Meeting(body: $0.body, date: $0.date, title: $0.title) },
            items: items, followUps: followUps)
    }

    /// The built-in demo meeting (`Resources/demo.txt`, written for the project), read by the
    /// same extractor as any minutes and marked as demo; never written to the store.
    /// - Throws: `MinutesError` when the embedded text cannot be read (a build defect).
    static func demo(lexicons: Lexicons) throws -> DashboardData {
        let meeting = try MinutesReader.read(EmbeddedResources.demoMinutes, fileName: "demo.txt", lexicons: lexicons)
        return data(from: meeting, isDemo: true)
    }

    /// The dashboard model of one extracted meeting (every follow-up open).
    static func data(from meeting: Meeting, isDemo: Bool) -> DashboardData {
        var items: [DashboardData.Item] = []
        var followUps: [DashboardData.FollowUp] = []
        var itemText: [String: String] = [:]
        for item in meeting.items {
            items.append(DashboardData.Item(
                key: item.id, meeting: 0, title: item.title, topics: item.topics,
                lines: LineSpan(item.lines.first, item.lines.last), sourceFile: meeting.source))
            itemText[item.id] = item.text
            for followUp in item.followUps {
                followUps.append(DashboardData.FollowUp(
                    key: followUp.id, shortID: String(followUp.id.prefix(OverlegStore.shortIDLength)),
                    itemKey: item.id, text: followUp.text, parties: followUp.parties,
                    due: followUp.due, dueText: followUp.dueText,
                    lines: LineSpan(followUp.lines.first, followUp.lines.last)))
            }
        }
        let info = DashboardData.Meeting(body: meeting.body, date: meeting.date, title: meeting.title, isDemo: isDemo)
        return DashboardData(meetings: [info], items: items, followUps: followUps, isDemo: isDemo, itemText: itemText)
    }
}
