import Dashboard
import Foundation
import Store

/// The dashboard in process on the benchmark's store, for the steps too short to time as a
/// difference of two `overleg render` runs: applying a party filter, one key.
enum DashboardMeasure {
    /// The dashboard state on the whole store as `overleg` builds it (`DashboardSource.load`:
    /// the snapshot's columns handed to `DashboardData`), at 200×60.
    static func state(_ store: OverlegStore) throws -> DashboardState {
        let s = try store.dashboardSnapshot()
        let meetings = s.meetings.map { DashboardData.Meeting(body: $0.body, date: $0.date, title: $0.title) }
        let items = s.items.map {
            DashboardData.Item(key: $0.key, meeting: $0.meeting, title: $0.title, topics: $0.topics,
                               lines: LineSpan($0.lineFirst, $0.lineLast), sourceFile: "")
        }
        guard let data = DashboardData(
            meetings: meetings, items: items, rowIDs: s.rowIDs, keys: FollowUpKeys(bits: s.keyBits, texts: s.otherKeys),
            itemIndex: s.itemIndex, statuses: s.statuses.map { Dashboard.FollowUpStatus(rawValue: $0.rawValue) ?? .open },
            dues: s.dues, partyStart: s.partyStart, partyIDs: s.partyIDs, partyNames: s.partyNames) else {
            throw BenchError("the store's snapshot does not fit together")
        }
        return DashboardState(data: data, options: DashboardOptions(today: "2026-11-30", width: 200, height: 60))
    }

    /// Feeds keys (a `KeyScript`) to `state`, ignoring the effects (texts are not needed to
    /// time the panes).
    static func press(_ state: inout DashboardState, _ script: String) throws {
        for key in try KeyScript.parse(script) { _ = update(&state, .key(key)) }
    }

    /// One key, then the frame drawn.
    static func keyAndFrame(_ state: inout DashboardState, _ script: String) {
        try? press(&state, script)
        _ = render(state)
    }
}
