import Foundation
import Minutes
import Testing
@testable import Store

@Suite("Import and owned state")
struct ImportTests {
    @Test("A meeting round-trips: rows, parties, deadlines, topics, items, decisions")
    func roundTrip() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let meeting = Fixture.lovp()
        let outcome = try t.store.importMeeting(meeting)
        #expect(outcome.kind == .new)
        #expect(outcome.followUps == 5)
        #expect(outcome.newFollowUps == 5)

        let rows = try t.store.followUps(.everything)
        #expect(rows.map(\.text) == meeting.items.flatMap(\.followUps).map(\.text))
        let first = try #require(rows.first)
        #expect(first.key == meeting.items[0].followUps[0].id)
        #expect(first.meetingBody == "LOVP" && first.meetingDate == "2017-04-10")
        #expect(first.itemTitle == "Informatiedeling" && first.topics == ["ondermijning"])
        #expect(first.parties == ["regioburgemeesters"])
        #expect(first.due == "2017-05-31" && first.dueText == "eind mei")
        #expect(first.status == .open && first.lines == LineRange(9, 9) && first.source == "lovp.txt")
        #expect(first.shortID == String(first.key.prefix(7)))

        let detail = try #require(try t.store.itemDetail(itemKey: first.itemKey))
        #expect(detail.decisions.map(\.text) == ["Het convenant is vastgesteld."])
        #expect(detail.text.contains("informatiedeling"))
        #expect(try t.store.meetingText(body: "LOVP", date: "2017-04-10") == meeting.text)
        let meetings = try t.store.meetings()
        #expect(meetings.count == 1 && meetings[0].followUps == 5 && meetings[0].open == 5)
    }

    @Test("Importing the same content again changes nothing and keeps done")
    func reimportKeepsDone() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[1].followUps[0].id
        try t.store.setStatus(key: key, status: .done)
        let again = try t.store.importMeeting(Fixture.lovp())
        #expect(again.kind == .unchanged)
        #expect(again.carriedOver == 1)
        #expect(try t.store.followUp(key: key)?.status == .done)
        #expect(try t.store.followUps(.everything).count == 5)
        #expect(try t.store.followUps().count == 4)   // default: open only

        // The same meeting from another file name replaces it, and says which file it replaced.
        var copy = Fixture.lovp(revised: true)
        copy.source = "lovp-herzien.txt"
        let replaced = try t.store.importMeeting(copy)
        #expect(replaced.kind == .updated && replaced.previousSource == "lovp.txt")
        #expect(try t.store.followUp(key: key)?.source == "lovp-herzien.txt")
    }

    @Test("A revised file keeps state by key and by similarity, and marks what is gone")
    func revisedFileCarriesState() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let old = Fixture.lovp()
        try t.store.importMeeting(old)
        let sameKey = old.items[0].followUps[0].id
        let edited = old.items[0].followUps[1].id
        let dropped = old.items[2].followUps[1].id
        try t.store.setStatus(key: sameKey, status: .done)
        try t.store.setStatus(key: edited, status: .partly)
        try t.store.setNote(key: edited, note: "Brief is in concept klaar")
        try t.store.setStatus(key: dropped, status: .lapsed)

        let revised = Fixture.lovp(revised: true)
        let outcome = try t.store.importMeeting(revised)
        #expect(outcome.kind == .updated)
        #expect(outcome.carriedOver == 2)
        #expect(outcome.matchedBySimilarity == 1)
        #expect(outcome.newFollowUps == 0)
        #expect(outcome.noLongerFound == [dropped])

        #expect(try t.store.followUp(key: sameKey)?.status == .done)
        let newKey = revised.items[0].followUps[1].id
        #expect(newKey != edited)
        let moved = try #require(try t.store.followUp(key: newKey))
        #expect(moved.status == .partly && moved.note == "Brief is in concept klaar")
        #expect(moved.text.contains("per brief"))
        #expect(try t.store.followUp(key: edited) == nil)
        let gone = try #require(try t.store.followUp(key: dropped))
        #expect(gone.noLongerFound && gone.status == .lapsed)
        // 4 extracted + 1 kept as no longer found.
        #expect(try t.store.followUps(.everything).count == 5)
        // The edited sentence's old id still names it (scripts keep working).
        #expect(try t.store.resolveID(String(edited.prefix(OverlegStore.shortIDLength))) == newKey)
        #expect(try t.store.resolveID(edited) == newKey)
        // And back: the first text again moves the state back, and the other id names it.
        _ = try t.store.importMeeting(old)
        #expect(try t.store.followUp(key: edited)?.note == "Brief is in concept klaar")
        #expect(try t.store.resolveID(String(newKey.prefix(OverlegStore.shortIDLength))) == edited)
        #expect(try t.store.resolveID(String(edited.prefix(OverlegStore.shortIDLength))) == edited)
    }

    @Test("The old id of an edited sentence without owned state names the new sentence too")
    func editedSentenceWithoutStateKeepsItsID() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let (b, d) = ("LOVP", "2017-04-10")
        func version(_ text: String) -> Meeting {
            Fixture.meeting(b, d, items: [Fixture.item(b, d, "Screening", topics: ["screening-vog"], followUps: [
                Fixture.FU(text: text, parties: ["korpschef"], line: 14)], line: 14)])
        }
        let first = version("De korpschef zal een ronde langs de eenheden maken.")
        let second = version("De korpschef zal een ronde langs alle eenheden maken.")
        try t.store.importMeeting(first)
        let oldKey = first.items[0].followUps[0].id, newKey = second.items[0].followUps[0].id
        #expect(oldKey != newKey)
        try t.store.importMeeting(second)
        #expect(try t.store.resolveID(String(oldKey.prefix(OverlegStore.shortIDLength))) == newKey)
        #expect(try t.store.followUp(key: newKey)?.status == .open)
    }

    @Test("A follow-up no longer found comes back when the file has it again")
    func missingComesBack() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let dropped = Fixture.lovp().items[2].followUps[1].id
        try t.store.setStatus(key: dropped, status: .done)
        try t.store.importMeeting(Fixture.lovp(revised: true))
        let back = try t.store.importMeeting(Fixture.lovp())
        #expect(back.noLongerFound.isEmpty)
        let row = try #require(try t.store.followUp(key: dropped))
        #expect(!row.noLongerFound && row.status == .done)
        #expect(try t.store.followUps(.everything).count == 5)
    }

    @Test("Reparse (forced import of the same text) keeps every piece of owned state")
    func reparseKeepsOwnedState() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let m = Fixture.lovp()
        try t.store.importMeeting(m)
        let key = m.items[0].followUps[0].id
        try t.store.setStatus(key: key, status: .done)
        try t.store.setNote(key: key, note: "gebeld")
        try t.store.correctParties(key: key, parties: ["korpschef"])
        try t.store.correctDue(key: key, due: "2017-07-01")
        let itemKey = m.items[1].id
        let manual = try t.store.addFollowUp(itemKey: itemKey, text: "De voorzitter zal de agenda aanpassen.",
                                             parties: ["LOVP"], due: nil)
        // The same extraction: nothing to write.
        #expect(try t.store.importMeeting(m, force: true).kind == .unchanged)
        // A better extractor finds another topic for an item: the derived rows are replaced.
        var better = m
        better.items[1].topics.append("governance")
        let outcome = try t.store.importMeeting(better, force: true)
        #expect(outcome.kind == .updated && outcome.carriedOver == 1 && outcome.noLongerFound.isEmpty)
        let row = try #require(try t.store.followUp(key: key))
        #expect(row.status == .done && row.note == "gebeld")
        #expect(row.parties == ["korpschef"] && row.due == "2017-07-01" && row.dueText == nil)
        #expect(try t.store.followUp(key: manual)?.handAdded == true)
        #expect(try t.store.partyCounts(.everything).first { $0.name == "korpschef" }?.count == 2)
        #expect(try t.store.followUps(FollowUpFilter(parties: ["regioburgemeesters"], status: nil)).isEmpty)
    }

    @Test("Undo takes back the last action, also after reopening the store")
    func undoAfterReopen() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let keys = Fixture.lovp().items.flatMap(\.followUps).map(\.id)
        try t.store.setStatus(key: keys[0], status: .done)
        try t.store.setStatus(keys: [keys[1], keys[2]], to: .lapsed)
        try t.store.setNote(key: keys[0], note: "klaar")

        let reopened = try t.reopen()
        let undone = try #require(try reopened.undo())
        #expect(undone.label == "note" && undone.keys == [keys[0]])
        #expect(try reopened.followUp(key: keys[0])?.note == nil)
        #expect(try reopened.followUp(key: keys[0])?.status == .done)
        let second = try #require(try reopened.undo())
        #expect(second.label == "lapsed" && Set(second.keys) == [keys[1], keys[2]])
        #expect(try reopened.followUp(key: keys[1])?.status == .open)
        #expect(try reopened.followUp(key: keys[2])?.status == .open)
        try reopened.undo()
        #expect(try reopened.followUp(key: keys[0])?.status == .open)
        #expect(try reopened.undo() == nil)
    }

    @Test("Undo of a hand-added follow-up and of a party correction")
    func undoAddAndCorrection() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let m = Fixture.lovp()
        try t.store.importMeeting(m)
        let key = m.items[1].followUps[0].id
        try t.store.correctParties(key: key, parties: ["COA"])
        #expect(try t.store.followUps(FollowUpFilter(parties: ["korpschef"])).isEmpty)
        let added = try t.store.addFollowUp(itemKey: m.items[1].id, text: "De NCTV zal een handreiking maken.",
                                            parties: ["NCTV"], due: "2017-09-01")
        #expect(try t.store.followUps(FollowUpFilter(parties: ["NCTV"])).map(\.key) == [added])
        try t.store.undo()
        #expect(try t.store.followUp(key: added) == nil)
        #expect(try t.store.partyCounts().contains { $0.name == "NCTV" } == false)
        try t.store.undo()
        #expect(try t.store.followUps(FollowUpFilter(parties: ["korpschef"])).map(\.key) == [key])
    }

    @Test("Dismissed follow-ups leave lists and counts")
    func dismiss() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let m = Fixture.lovp()
        try t.store.importMeeting(m)
        let key = m.items[1].followUps[0].id
        try t.store.setDismissed(key: key, true)
        #expect(try t.store.followUps().contains { $0.key == key } == false)
        #expect(try t.store.followUps(FollowUpFilter(status: nil, includeDismissed: true)).first { $0.key == key }?.dismissed == true)
        #expect(try t.store.meetings().first?.followUps == 4)
    }
}
