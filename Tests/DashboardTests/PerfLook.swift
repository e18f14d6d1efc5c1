import Dashboard
import Foundation
import Testing

/// Timings on a synthetic archive of 1,000 meetings with 50 follow-ups each; prints figures,
/// asserts only correctness (budgets are benchmarks, not timed tests: DESIGN.md "Budgets").
/// Run with `OVERLEG_PERF=1`, preferably in a release build.
@Test(.enabled(if: ProcessInfo.processInfo.environment["OVERLEG_PERF"] != nil))
func largeArchiveFigures() throws {
    let topics = ["ondermijning", "screening-vog", "coa-incidenten", "governance", "overig"]
    let parties = (0..<30).map { "partij \($0)" }
    var meetings: [DashboardData.Meeting] = [], items: [DashboardData.Item] = [], fus: [DashboardData.FollowUp] = []
    for m in 0..<1000 {
        meetings.append(.init(body: "LOVP", date: String(format: "20%02d-%02d-%02d", 10 + m / 100, 1 + m % 12, 1 + m % 28), title: "Vergadering \(m)"))
        for i in 0..<10 {
            let key = "m\(m)i\(i)"
            items.append(.init(key: key, meeting: m, title: "Agendapunt \(i) van \(m)", topics: [topics[(m + i) % 5]],
                               lines: LineSpan(i * 3 + 1, i * 3 + 2), sourceFile: "m\(m).txt"))
            for f in 0..<5 {
                fus.append(.init(key: "\(key)f\(f)", shortID: "\(m)\(i)\(f)", itemKey: key,
                                 text: "De partij zal actie \(f) uitvoeren voor agendapunt \(i).",
                                 parties: [parties[(m * 7 + i * 3 + f) % 30]], due: f % 2 == 0 ? "2018-05-31" : nil,
                                 status: f == 4 ? .done : .open, lines: LineSpan(i * 3 + 2, i * 3 + 2)))
            }
        }
    }
    let data = DashboardData(meetings: meetings, items: items, followUps: fus)
    func ms(_ body: () throws -> Void) rethrows -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    }
    var s = DashboardState(data: data, options: DashboardOptions(today: "2018-06-01", width: 200, height: 60))
    var c = Canvas(width: 0, height: 0)
    let initMs = ms { s = DashboardState(data: data, options: DashboardOptions(today: "2018-06-01", width: 200, height: 60)) }
    let firstMs = ms { c = render(s) }
    let keyMs = ms { _ = update(&s, .key(.char("j"))); c = render(s) }
    let pickerMs = ms { _ = try? press(&s, "p t i j"); c = render(s) }
    let filterMs = ms { _ = try? press(&s, "space enter"); c = render(s) }
    let firstSearchMs = ms { _ = try? press(&s, "/ a"); c = render(s) }
    let searchKeyMs = ms { _ = try? press(&s, "c"); c = render(s) }
    let nextMs = ms { _ = try? press(&s, "enter n"); c = render(s) }
    print("50,000 follow-ups (ms): state init \(initMs), first frame \(firstMs), key+frame \(keyMs), "
          + "picker open+3 keys \(pickerMs), apply party filter+frame \(filterMs), first search key \(firstSearchMs), "
          + "next search key \(searchKeyMs), n \(nextMs)")
    #expect(s.partyFilter.count == 1)
    #expect(c.width == 200)
}
