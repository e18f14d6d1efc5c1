import Dashboard
import Foundation
import Minutes
import OverlegResources
import Store

/// Builds the dashboard's plain-value model (`DashboardData`) from the store, or from the
/// built-in demo meeting when the store holds none (issue 2 point 6).
enum DashboardSource {
    /// The whole store as the dashboard keeps it in memory: meetings, agenda items without
    /// their texts, and the follow-ups that are not dismissed as columns (key, item, status,
    /// deadline, parties); sentences, notes and item texts are read when they come on screen
    /// (`Effect.loadFollowUps`, `.loadItemText`; issue 4 "Speed").
    /// - Returns: nil when the store holds no meeting.
    /// - Throws: `StoreError` when the store cannot be read.
    static func load(from store: OverlegStore) throws -> DashboardData? {
        let snap = try store.dashboardSnapshot()
        guard !snap.meetings.isEmpty else { return nil }
        return DashboardData(
            meetings: meetings(snap.meetings), items: items(snap.items, of: snap.meetings), rowIDs: snap.rowIDs,
            keys: FollowUpKeys(bits: snap.keyBits, texts: snap.otherKeys), itemIndex: snap.itemIndex,
            statuses: snap.statuses.map { Dashboard.FollowUpStatus(rawValue: $0.rawValue) ?? .open },
            dues: snap.dues, partyStart: snap.partyStart, partyIDs: snap.partyIDs, partyNames: snap.partyNames)
    }

    /// The first screen of a store for a terminal of `width` × `height`: the newest agenda
    /// items of each pane, as many as the pane shows rows (`DashboardOverview.paneRows`), with
    /// their follow-ups (texts included), and the counts of the whole store per pane
    /// (`DashboardData.paneTotals`), so that the first frame is drawn without reading every
    /// follow-up. Draw it, then `reload` the state with `load(from:)` before any key.
    /// - Returns: nil when the store holds no meeting.
    /// - Throws: `StoreError` when the store cannot be read.
    static func firstScreen(from store: OverlegStore, width: Int, height: Int) throws -> DashboardData? {
        let rowsPerPane = DashboardOverview.paneRows(width: width, height: height)
        let (meetingCount, meetings, items, rows) = try store.newestItems(groups: 5, limit: max(1, rowsPerPane),
                                                                          keep: DashboardOverview.panes(ofTopics:))
        guard meetingCount > 0 else { return nil }
        let totals = try paneTotals(store)
        var data = DashboardData(meetings: self.meetings(meetings), items: self.items(items, of: meetings),
                                 followUps: rows.map { followUp($0.row) })
        data.paneTotals = totals
        data.meetingTotal = meetingCount
        return data
    }

    /// Items, follow-ups and pending follow-ups per pane over the whole store. A pane's
    /// follow-up count is the sum over its topics, unless some item has two topics of one pane
    /// (only Overig gathers several): then that pane is counted exactly.
    private static func paneTotals(_ store: OverlegStore) throws -> [PaneTotals] {
        let pane = { (topic: String) in DashboardOverview.panes(ofTopics: [topic])[0] }
        var items = [Int](repeating: 0, count: 5)
        var sharedPanes = Set<Int>()
        for (topics, n) in try store.itemCountsByTopics() {
            let panes = Set(topics).map(pane)
            for p in Set(panes) {
                items[p] += n
                if panes.filter({ $0 == p }).count > 1 { sharedPanes.insert(p) }
            }
        }
        let byTopic = try store.followUpCountsByTopic()
        var counts = [OverlegStore.TopicCount](repeating: OverlegStore.TopicCount(), count: 5)
        for (topic, count) in byTopic {
            counts[pane(topic)].followUps += count.followUps
            counts[pane(topic)].pending += count.pending
        }
        for p in sharedPanes {
            counts[p] = try store.followUpCount(anyTopicIn: byTopic.keys.filter { pane($0) == p })
        }
        return (0..<5).map { PaneTotals(rows: items[$0] + counts[$0].followUps, open: counts[$0].pending, items: items[$0]) }
    }

    /// A follow-up row as the dashboard's value.
    static func followUp(_ row: FollowUpRow) -> DashboardData.FollowUp {
        DashboardData.FollowUp(
            key: row.key, shortID: row.shortID, itemKey: row.itemKey, text: row.text,
            parties: row.parties, due: row.due, dueText: row.dueText,
            status: Dashboard.FollowUpStatus(rawValue: row.status.rawValue) ?? .open,
            note: row.note, lines: LineSpan(row.lines.first, row.lines.last))
    }

    /// What the dashboard shows of a follow-up beyond its columns.
    static func detail(_ row: FollowUpRow) -> FollowUpDetail {
        FollowUpDetail(shortID: row.shortID, text: row.text, dueText: row.dueText, note: row.note,
                       lines: LineSpan(row.lines.first, row.lines.last))
    }

    private static func meetings(_ list: [DashboardSnapshot.Meeting]) -> [DashboardData.Meeting] {
        list.map { DashboardData.Meeting(body: $0.body, date: $0.date, title: $0.title) }
    }

    private static func items(_ list: [DashboardSnapshot.Item], of meetings: [DashboardSnapshot.Meeting]) -> [DashboardData.Item] {
        list.map { item in
            DashboardData.Item(key: item.key, meeting: item.meeting, title: item.title, topics: item.topics,
                               lines: LineSpan(item.lineFirst, item.lineLast),
                               sourceFile: item.meeting >= 0 && item.meeting < meetings.count ? meetings[item.meeting].source : "")
        }
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
