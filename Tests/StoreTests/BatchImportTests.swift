import Foundation
import GRDB
import Minutes
import Testing
@testable import Store

@Suite("Importing many meetings at once; search index in step with the rows")
struct BatchImportTests {
    static let vb = Fixture.meeting("Veiligheidsberaad", "2018-03-05", source: "vb.txt", items: [
        Fixture.item("Veiligheidsberaad", "2018-03-05", "Crisisbeheersing", topics: ["overig"], followUps: [
            .init(text: "Het Veiligheidsberaad zal een crisisplan opstellen.", parties: ["Veiligheidsberaad"]),
        ], decisions: ["Het crisisplan wordt besproken."]),
    ])

    /// Every FTS5 table checked against its external content (SQLite 'integrity-check').
    static func searchIndexIsInStep(_ store: OverlegStore) throws {
        try store.pool.write { db in
            for table in ["follow_up_fts", "item_fts", "decision_fts"] {
                try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('integrity-check', 1)")
            }
        }
    }

    @Test("A batch gives the same outcomes and rows as importing one by one")
    func batchMatchesSingle() throws {
        let one = try TempStore(), many = try TempStore()
        defer { one.cleanup(); many.cleanup() }
        let meetings = [Fixture.lovp(), Self.vb, Fixture.lovp()]
        let single = try meetings.map { try one.store.importMeeting($0) }
        let batch = try many.store.importMeetings(meetings).map { try $0.get() }
        #expect(batch.map(\.kind) == [.new, .new, .unchanged])
        #expect(batch == single)
        #expect(try many.store.followUps(.everything) == one.store.followUps(.everything))
        #expect(try many.store.partyCounts(.everything) == one.store.partyCounts(.everything))
        let hits = try many.store.search("crisisplan")
        #expect(Set(hits.map(\.kind)) == [.followUp, .item, .decision])
        #expect(try hits == one.store.search("crisisplan"))
        try Self.searchIndexIsInStep(many.store)
    }

    @Test("A meeting that fails halfway leaves nothing of itself; the others in the batch are stored")
    func failingMeetingIsRolledBackAlone() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        // The pool has one writer connection: a temporary trigger there fails one follow-up insert.
        try t.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER fail_one BEFORE INSERT ON follow_up WHEN NEW.text LIKE '%crisisplan%'
                BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
                """)
        }
        let later = Fixture.meeting("LOVP", "2019-01-07", source: "lovp-2019.txt", items: [
            Fixture.item("LOVP", "2019-01-07", "Sterkte", topics: ["overig"], followUps: [
                .init(text: "De korpschef zal de sterkte herverdelen.", parties: ["korpschef"]),
            ]),
        ])
        let results = try t.store.importMeetings([Fixture.lovp(), Self.vb, later])
        #expect(try results[0].get().kind == .new && (try results[2].get().kind) == .new)
        guard case .failure(let error) = results[1] else {
            Issue.record("the meeting with the failing follow-up was stored")
            return
        }
        #expect(error.description.contains("simulated failure"))
        #expect(try t.store.meetings().map(\.date) == ["2017-04-10", "2019-01-07"])
        #expect(try t.store.search("crisisplan").isEmpty)
        #expect(try t.store.followUps(.everything).count == 6)
        try Self.searchIndexIsInStep(t.store)
    }

    @Test("A meeting and its revision in one batch: the revision replaces it, search rows included")
    func revisionInTheSameBatch() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let results = try t.store.importMeetings([Fixture.lovp(), Self.vb, Fixture.lovp(revised: true)]).map { try $0.get() }
        #expect(results.map(\.kind) == [.new, .new, .updated])
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "beveiliging")).isEmpty)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "brief")).count == 1)
        #expect(try t.store.search("convenant").map(\.kind) == [.followUp, .item, .decision])
        try Self.searchIndexIsInStep(t.store)
    }

    @Test("A revision that fails after earlier search rows were written keeps those rows pending, not lost")
    func failingRevisionKeepsPendingSearchRows() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER fail_one BEFORE INSERT ON follow_up WHEN NEW.text LIKE '%mislukken%'
                BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
                """)
        }
        // The same meeting as the first, revised with a sentence the trigger refuses.
        var revised = Fixture.lovp(revised: true)
        revised.items[1].followUps.append(FollowUp(id: "fail", text: "De korpschef zal dit laten mislukken.",
                                                   parties: ["korpschef"], due: nil, dueText: nil, lines: LineRange(15, 15)))
        let results = try t.store.importMeetings([Fixture.lovp(), revised, Self.vb])
        #expect(try results[0].get().kind == .new && (try results[2].get().kind) == .new)
        #expect((try? results[1].get()) == nil)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "beveiliging")).count == 1)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "screening")).count == 1)
        #expect(try t.store.search("mislukken").isEmpty)
        #expect(try t.store.search("crisisplan").map(\.kind) == [.followUp, .item, .decision])
        try Self.searchIndexIsInStep(t.store)
    }

    @Test("Search follows a revised file, a reparse and a hand-added follow-up and its undo")
    func searchStaysInStep() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "beveiliging")).count == 1)
        try t.store.importMeeting(Fixture.lovp(revised: true))
        // The dropped sentence had no owned state: its row and its search row are gone.
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "beveiliging")).isEmpty)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "brief")).count == 1)
        try t.store.importMeeting(Fixture.lovp(revised: true), force: true)
        let itemKey = Fixture.lovp().items[1].id
        try t.store.addFollowUp(itemKey: itemKey, text: "De voorzitter zal de agenda aanpassen.", parties: [], due: nil)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "agenda")).count == 1)
        _ = try t.store.undo()
        #expect(try t.store.followUps(FollowUpFilter(status: nil, search: "agenda")).isEmpty)
        try Self.searchIndexIsInStep(t.store)
    }

    @Test("A store made before the lean search index gets its index rebuilt when opened")
    func migrationRebuildsSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "003-search")
            // Today's import also writes the column migration 006 adds: add it for the
            // import and drop it again, so the file is as a 003 store.
            try queue.write { db in
                try db.execute(sql: "ALTER TABLE meeting ADD COLUMN extraction_digest TEXT")
                var search = SearchRows()
                _ = try OverlegStore.importMeeting(db, Fixture.lovp(), force: false, search: &search)
                try search.write(db)
                try db.execute(sql: "ALTER TABLE meeting DROP COLUMN extraction_digest")
            }
        }
        let store = try OverlegStore(path: path)
        #expect(try store.followUps(FollowUpFilter(status: nil, search: "screening")).count == 1)
        #expect(try store.search("convenant").isEmpty == false)
        try Self.searchIndexIsInStep(store)
    }
}
