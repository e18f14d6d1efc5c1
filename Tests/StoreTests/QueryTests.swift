import Foundation
import Minutes
import Testing
@testable import Store

@Suite("Filters, counts, short ids and search")
struct QueryTests {
    func loaded() throws -> TempStore {
        let t = try TempStore()
        try t.store.importMeeting(Fixture.lovp())
        let b = "Veiligheidsberaad", d = "2018-03-12"
        try t.store.importMeeting(Fixture.meeting(b, d, source: "vb.txt", items: [
            Fixture.item(b, d, "Crisisbeheersing", topics: ["governance"], followUps: [
                .init(text: "Het Veiligheidsberaad zal in het najaar een evaluatie bespreken.", parties: ["Veiligheidsberaad"],
                      due: "2018-11-30", dueText: "najaar", line: 4),
                .init(text: "De korpschef zal de regioburgemeesters informeren over de nieuwe werkwijze.",
                      parties: ["korpschef", "regioburgemeesters"], line: 5),
            ]),
        ]))
        return t
    }

    @Test("A party or topic filter keeps list order: date, body as SQLite's NOCASE sorts it, then document order")
    func filteredOrderIsListOrder() throws {
        let t = try loaded()
        defer { t.cleanup() }
        // Same date, bodies whose byte order ("B" < "a") differs from NOCASE order.
        for (body, line) in [("Beta", 3), ("alpha", 1)] {
            try t.store.importMeeting(Fixture.meeting(body, "2018-03-12", source: "\(body).txt", items: [
                Fixture.item(body, "2018-03-12", "Sterkte", topics: ["governance"], followUps: [
                    .init(text: "De korpschef zal de sterkte in \(body) herverdelen.", parties: ["korpschef"], line: line + 1),
                    .init(text: "De korpschef zal in \(body) eerst de roosters bekijken.", parties: ["korpschef"], line: line),
                ]),
            ]))
        }
        let all = try t.store.followUps(.everything)
        let byParty = try t.store.followUps(FollowUpFilter(parties: ["korpschef"], status: nil))
        #expect(byParty.map(\.key) == all.filter { $0.parties.contains("korpschef") }.map(\.key))
        #expect(byParty.map(\.meetingBody) == ["LOVP", "alpha", "alpha", "Beta", "Beta", "Veiligheidsberaad"])
        #expect(byParty[1].text.contains("sterkte") && byParty[2].text.contains("roosters"))
        let byTopic = try t.store.followUps(FollowUpFilter(topic: "governance", status: nil))
        #expect(byTopic.map(\.key) == all.filter { $0.topics.contains("governance") }.map(\.key))
    }

    @Test("Each filter narrows the rows as documented")
    func filters() throws {
        let t = try loaded()
        defer { t.cleanup() }
        let s = t.store
        #expect(try s.followUps().count == 7)
        #expect(try s.followUps(FollowUpFilter(parties: ["korpschef"])).count == 2)
        #expect(try s.followUps(FollowUpFilter(parties: ["KORPSCHEF", "COA"])).count == 4)
        #expect(try s.followUps(FollowUpFilter(topic: "governance")).count == 4)
        #expect(try s.followUps(FollowUpFilter(meeting: MeetingSelector(parsing: "veiligheidsberaad"))).count == 2)
        #expect(try s.followUps(FollowUpFilter(meeting: MeetingSelector(parsing: "2017-04-10"))).count == 5)
        #expect(try s.followUps(FollowUpFilter(meeting: MeetingSelector(parsing: "LOVP@2018-03-12"))).isEmpty)
        #expect(try s.followUps(FollowUpFilter(dueBefore: "2017-06-01")).count == 1)
        let overdue = try s.followUps(FollowUpFilter(overdue: true, today: "2017-07-01"))
        #expect(overdue.map(\.due) == ["2017-05-31", "2017-06-21", "2017-06-30"])
        #expect(overdue.allSatisfy { $0.isOverdue(today: "2017-07-01") })
        try s.setStatus(key: overdue[0].key, status: .done)
        try s.setStatus(key: overdue[1].key, status: .partly)
        #expect(try s.followUps(FollowUpFilter(overdue: true, today: "2017-07-01")).count == 1)
        #expect(try s.followUps(FollowUpFilter(status: nil, overdue: true, today: "2017-07-01")).count == 2)
        #expect(try s.followUps(FollowUpFilter(status: .done)).map(\.key) == [overdue[0].key])
        #expect(try s.followUps(FollowUpFilter(status: nil)).count == 7)
    }

    @Test("Party and topic counts come from SQL and follow the filter")
    func counts() throws {
        let t = try loaded()
        defer { t.cleanup() }
        let parties = try t.store.partyCounts()
        #expect(parties.first == NameCount(name: "COA", count: 2))
        #expect(parties.first { $0.name == "regioburgemeesters" }?.count == 2)
        let topics = Dictionary(uniqueKeysWithValues: try t.store.topicCounts().map { ($0.name, $0.count) })
        #expect(topics == ["ondermijning": 2, "screening-vog": 1, "coa-incidenten": 2, "governance": 4])
        let coaKey = Fixture.lovp().items[2].followUps[0].id
        try t.store.setStatus(key: coaKey, status: .done)
        #expect(try t.store.topicCounts().first { $0.name == "coa-incidenten" }?.count == 1)
        #expect(try t.store.partyCounts(FollowUpFilter(topic: "governance")).first { $0.name == "COA" }?.count == 1)
    }

    @Test("Short ids: a unique prefix resolves, unknown and ambiguous give clear errors")
    func shortIDs() throws {
        let t = try loaded()
        defer { t.cleanup() }
        let rows = try t.store.followUps()
        for row in rows {
            #expect(try t.store.resolveID(row.shortID) == row.key)
            #expect(try t.store.resolveID(row.key.uppercased()) == row.key)
        }
        let unknown = (0..<16).map { String(format: "%x", $0) }.map { $0 + "fff" }
            .first { p in !rows.contains { $0.key.hasPrefix(p) } } ?? "ffff"
        #expect(throws: StoreError.self) { try t.store.resolveID(unknown) }
        do {
            _ = try t.store.resolveID("zz12")
            Issue.record("non-hex id accepted")
        } catch let e as StoreError {
            #expect(e.kind == .invalidArgument && e.description.hasPrefix(t.path + ": "))
        }
        // Two keys sharing a prefix: find one among the stored keys, else force one by hand.
        let keys = rows.map(\.key).sorted()
        let shared = zip(keys, keys.dropFirst()).map { a, b in a.commonPrefix(with: b) }.max { $0.count < $1.count } ?? ""
        if shared.count >= 4 {
            do { _ = try t.store.resolveID(shared); Issue.record("ambiguous id accepted") } catch let e as StoreError {
                #expect(e.kind == .ambiguousID)
            }
        }
        do { _ = try t.store.resolveID("abc"); Issue.record("short id accepted") } catch let e as StoreError {
            #expect(e.kind == .invalidArgument && e.cause.contains("too short"))
        }
    }

    @Test("Search takes quotes, *, - and NEAR literally")
    func literalSearch() throws {
        let t = try loaded()
        defer { t.cleanup() }
        func texts(_ q: String) throws -> [String] {
            try t.store.followUps(FollowUpFilter(status: nil, search: q)).map(\.text)
        }
        let coa = "Er komt een landelijk beeld van incidenten op \"COA-locaties\" (NEAR de azc's)."
        #expect(try texts("\"COA-locaties\"").count == 2)              // the item's title matches too
        #expect(try texts("\"COA-locaties\"").contains(coa))
        #expect(try texts("COA-locaties\" (NEAR") == [coa])
        #expect(try texts("NEAR de azc") == [coa])
        #expect(try texts("NEAR(informeren minister)").isEmpty)      // would match as FTS5 syntax
        #expect(try texts("korps*").isEmpty == false)
        #expect(try texts("-korpschef").count == 2)                  // not "NOT korpschef"
        #expect(try texts("beeld OR minister") .isEmpty)              // OR is a word, not an operator
        #expect(try texts("informatiedel").count == 2)              // prefix of the item's title
        #expect(try texts("\"") == [coa])                            // no word: a plain substring match
        #expect(try texts("*").isEmpty)
        #expect(try texts("(NEAR").count == 1)
        #expect(try texts("reïntegratie").isEmpty)
        let hits = try t.store.search("convenant")
        #expect(hits.contains { $0.kind == .decision && $0.text == "Het convenant is vastgesteld." })
        #expect(hits.contains { $0.kind == .followUp })
    }
}

@Suite("Lean reads for the dashboard")
struct LeanReadTests {
    @Test("Item summaries in one query; item text on demand")
    func itemSummaries() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let m = Fixture.lovp()
        try t.store.importMeeting(m)
        let items = try t.store.itemSummaries()
        #expect(items.map(\.key) == m.items.map(\.id))
        #expect(items.map(\.title) == ["Informatiedeling", "Screening", "COA-locaties"])
        #expect(items[2].topics == ["coa-incidenten", "governance"] && items[0].lines == LineRange(9, 11))
        #expect(items.allSatisfy { $0.source == "lovp.txt" && $0.meetingBody == "LOVP" })
        #expect(try t.store.itemText(itemKey: m.items[1].id) == m.items[1].text)
        #expect(try t.store.itemText(itemKey: "0000000000000000") == nil)
        let all = try t.store.allItems()
        #expect(all.map(\.key) == items.map(\.key))
        #expect(all[0].decisions.map(\.text) == ["Het convenant is vastgesteld."] && all[1].decisions.isEmpty)
        #expect(all.map(\.text) == m.items.map(\.text))
    }
}
