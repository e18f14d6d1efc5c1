import Foundation
import Testing
import Minutes

/// The real seed, ../shared/corpus/lovp-2017-04-10.txt (issue 2): items, follow-ups with their
/// parties and deadlines, decisions, line numbers. Skipped with a message when the corpus is absent.
@Suite(.enabled(if: TestPaths.corpusExists, "../shared/corpus is not beside the package: seed tests skipped"))
struct ExtractionSeedTests {
    static func seed() throws -> Meeting {
        let url = TestPaths.corpus.appendingPathComponent("lovp-2017-04-10.txt")
        return try MinutesReader.read(try Data(contentsOf: url), fileName: url.lastPathComponent, lexicons: try Scoring.lexicons())
    }

    @Test func meetingHeader() throws {
        let m = try Self.seed()
        #expect(m.body == "LOVP")
        #expect(m.date == "2017-04-10")
        #expect(m.title == "Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 10 april 2017")
        #expect(m.source == "lovp-2017-04-10.txt")
        #expect(m.sourceHash.count == 16)
        #expect(m.text.split(separator: "\n", omittingEmptySubsequences: false).count >= 29)
    }

    @Test func itemsTitlesTopicsAndLines() throws {
        let m = try Self.seed()
        #expect(m.items.map(\.title) == [
            "Wetswijziging art. 4 Politiewet (bewaken en beveiligen als taak bij de Kmar toevoegen)",
            "Informatiedeling", "Investeringsagenda/formatie",
            "Inventarisatie behoefte wet- en regelgeving inzake aanpak criminaliteit",
            "Nationaal dreigingsbeeld/aanpak ondermijning", "Screening van ketenpartners/VOG",
            "Incidenten overzicht COA locaties", "Veiligheidsagenda", "Jaarverantwoording politie 2016",
            "Strategische toekomstagenda van de politie", "Governance politie",
        ])
        #expect(m.items.map { $0.topics.joined(separator: ",") } == [
            "governance", "ondermijning", "overig", "ondermijning", "ondermijning", "screening-vog",
            "coa-incidenten", "governance", "overig", "governance", "governance",
        ])
        // The paragraph split by a blank line (lines 17 and 19) is one item.
        let screening = try #require(m.items.first { $0.title == "Screening van ketenpartners/VOG" })
        #expect(screening.lines == LineRange(17, 19))
        #expect(Set(m.items.map(\.id)).count == m.items.count)
    }

    @Test func followUpsPartiesAndDeadlines() throws {
        let m = try Self.seed()
        let fus = m.items.flatMap(\.followUps)
        #expect(fus.count == 7)
        let byStart = Dictionary(fus.map { (String($0.text.prefix(30)), $0) }, uniquingKeysWith: { a, _ in a })
        let minister = try #require(byStart["De minister zal nog terugkomen"])
        #expect(minister.parties == ["minister van Defensie"])
        #expect(minister.lines == LineRange(7, 7))
        let overleg = try #require(fus.first { $0.text.hasPrefix("Eind mei zal er") })
        #expect(overleg.parties == ["minister van Justitie en Veiligheid", "regioburgemeesters"])
        #expect(overleg.due == "2017-05-31")
        #expect(overleg.dueText == "Eind mei")
        let cooker = try #require(fus.first { $0.text.hasPrefix("Er komt een pressure cooker") })
        #expect(cooker.parties == ["gemeenten", "minister van Justitie en Veiligheid"])
        #expect(cooker.due == nil)
        let agenda = try #require(fus.first { $0.text == "Het onderwerp komt terug op de agenda." })
        #expect(agenda.parties == ["LOVP"])
        #expect(agenda.lines == LineRange(19, 19))
        let politie = try #require(fus.first { $0.text.hasPrefix("Er zullen door politie") })
        #expect(politie.parties == ["politie"])
        let korpschef = try #require(fus.first { $0.text.hasPrefix("De korpschef is bezig") })
        #expect(korpschef.parties == ["korpschef"])
        #expect(korpschef.due == "2017-09-30")
        #expect(korpschef.dueText == "na de zomer")
        #expect(fus.allSatisfy { $0.status == "open" })
        // Not follow-ups: wishes, positions, ongoing work, a recurring duty, an earlier agreement.
        #expect(!fus.contains { $0.text.contains("hopen dat") || $0.text.hasPrefix("Om de vier jaar") })
        #expect(!fus.contains { $0.text.contains("al eerder over gesproken") })
        #expect(!fus.contains { $0.text.hasPrefix("Hier zal ook besproken") })
    }

    @Test func decisions() throws {
        let m = try Self.seed()
        let texts = m.items.flatMap(\.decisions).map(\.text)
        #expect(texts.count == 4)
        #expect(texts.contains("De jaarverantwoording politie 2016 is vastgesteld."))
        #expect(texts.contains { $0.hasPrefix("Men heeft kennis genomen met de notitie") })
        #expect(texts.contains { $0.hasPrefix("De burgemeesters hebben aangegeven akkoord te zijn met de brief") })
        #expect(texts.contains { $0.hasPrefix("Ten aanzien van de strategische toekomstagenda") })
        let jv = try #require(m.items.flatMap(\.decisions).first { $0.text.hasPrefix("De jaarverantwoording") })
        #expect(jv.lines == LineRange(25, 25))
    }

    @Test func parseJSONFollowsTheContract() throws {
        let data = try ParseJSON.encode([try Self.seed()])
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meeting = try #require((root["meetings"] as? [[String: Any]])?.first)
        #expect(Set(meeting.keys) == ["body", "date", "title", "source", "items"])
        let item = try #require((meeting["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "title", "topics", "lines", "followUps", "decisions"])
        #expect(item["lines"] as? [Int] == [7, 7])
        let fu = try #require((item["followUps"] as? [[String: Any]])?.first)
        #expect(Set(fu.keys) == ["id", "text", "parties", "due", "dueText", "status", "lines"])
        #expect(fu["due"] is NSNull)
        #expect(fu["status"] as? String == "open")
    }
}
