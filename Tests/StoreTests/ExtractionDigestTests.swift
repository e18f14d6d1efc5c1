import Foundation
import Minutes
import Testing
@testable import Store

@Suite("The extraction digest: every extracted field counts, nothing else does")
struct ExtractionDigestTests {
    static let base = Fixture.lovp()

    /// One change per stored field of the items, follow-ups and decisions, and the title.
    static let changes: [(String, @Sendable (inout Meeting) -> Void)] = [
        ("title", { $0.title += " (herzien)" }),
        ("item id", { $0.items[0].id = "x" }),
        ("item title", { $0.items[0].title = "Andere titel" }),
        ("item topics", { $0.items[0].topics.append("overig") }),
        ("item lines", { $0.items[0].lines = LineRange(9, 12) }),
        ("item text", { $0.items[0].text += " Meer." }),
        ("follow-up id", { $0.items[0].followUps[0].id = "x" }),
        ("follow-up text", { $0.items[0].followUps[0].text += " Snel." }),
        ("follow-up parties", { $0.items[0].followUps[0].parties = ["korpschef"] }),
        ("follow-up due", { $0.items[0].followUps[0].due = nil }),
        ("follow-up due text", { $0.items[0].followUps[0].dueText = "" }),
        ("follow-up status", { $0.items[0].followUps[0].status = "done" }),
        ("follow-up lines", { $0.items[0].followUps[0].lines = LineRange(8, 9) }),
        ("decision id", { $0.items[0].decisions[0].id = "x" }),
        ("decision text", { $0.items[0].decisions[0].text += " Met algemene stemmen." }),
        ("decision lines", { $0.items[0].decisions[0].lines = LineRange(20, 20) }),
        ("follow-up moved to the next item", {
            let f = $0.items[0].followUps.removeLast()
            $0.items[1].followUps.insert(f, at: 0)
        }),
        ("text moved between fields", {
            $0.items[0].followUps[0].text += $0.items[0].followUps[0].dueText ?? ""
            $0.items[0].followUps[0].dueText = ""
        }),
    ]

    @Test("Each change to the extraction gives another digest")
    func everyFieldCounts() {
        let digest = ExtractionDigest.of(Self.base)
        #expect(digest.count == 16 && digest.allSatisfy(\.isHexDigit))
        var seen: Set<String> = [digest]
        for (name, change) in Self.changes {
            var m = Self.base
            change(&m)
            #expect(seen.insert(ExtractionDigest.of(m)).inserted, "\(name) did not change the digest")
        }
    }

    @Test("Source, hash, text, body and date are not part of the extraction")
    func fileFieldsDoNotCount() {
        var m = Self.base
        m.source = "other.txt"
        m.sourceHash = "0000000000000000"
        m.text += "\nNog een regel."
        #expect(ExtractionDigest.of(m) == ExtractionDigest.of(Self.base))
    }

    @Test("The digest covers every stored field of the model (a new field must be added to it)")
    func fieldCountsAreKnown() {
        let item = Self.base.items[0]
        #expect(Mirror(reflecting: item).children.count == 7)
        #expect(Mirror(reflecting: item.followUps[0]).children.count == 7)
        #expect(Mirror(reflecting: item.decisions[0]).children.count == 3)
        #expect(Mirror(reflecting: item.lines).children.count == 2)
    }
}
