import Foundation
import Testing
@testable import Minutes

/// Statement kinds, parties and deadlines (ANNOTATION.md §0, §5, §6) on minutes written for these tests.
@Suite struct ExtractionRuleTests {
    let lex: Lexicons

    init() throws { lex = try Scoring.lexicons() }

    private func lovp(_ paragraphs: String) throws -> Meeting {
        try MinutesReader.read(text: "## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 8 april 2024\n\n" + paragraphs,
                               fileName: "rules.txt", lexicons: lex)
    }

    @Test func notFollowUps() throws {
        let m = try lovp("""
        Wensen: de burgemeesters zien graag dat de politie meer wijkagenten inzet.

        Standpunten: de regioburgemeesters vinden dat de sterkte eerlijker verdeeld moet worden.

        Verzoeken: de regioburgemeesters vroegen de minister om extra middelen voor de RIEC's.

        Lopend werk: er wordt gewerkt aan een nieuwe meldcode. De politie is bezig met de werving.

        Terugkerend: de politie rapporteert voortaan ieder halfjaar over de sterkte.

        Eerder: in het LOVP van maart is al eerder afgesproken dat de korpschef de cijfers levert.

        Normen: er moet ruimte blijven voor lokale keuzes.

        Verwacht: het rapport verschijnt naar verwachting in juni.

        Afgerond: de brief aan de Tweede Kamer is verzonden.

        Ontkenning: de minister zal de regeling niet wijzigen. Er komt geen nieuwe wet.

        Voorwaarde: als de Kamer geld beschikbaar stelt, dan zal de minister meer agenten werven.
        """)
        #expect(m.items.count == 11)
        #expect(m.items.flatMap(\.followUps).map(\.text) == [])
        #expect(m.items.flatMap(\.decisions).map(\.text) == [])
    }

    @Test func followUpCuesAndTheirParties() throws {
        let m = try lovp("""
        Drugsafval: de minister van Defensie lichtte de inzet toe. De minister zal voor de zomer een voorstel doen.

        Explosies: Er komt in mei een landelijk overleg tussen de minister en de regioburgemeesters. Door de politie wordt eind juni een analyse opgesteld.

        Vastgoed: Het RIEC zal samen met de gemeenten een handreiking opstellen en deze met de burgemeesters bespreken.

        Screening: de korpschef zegt toe dat de politie uiterlijk 1 juni een werkwijze uitwerkt. Het onderwerp komt terug op de agenda.

        Verkeer: de regioburgemeesters vroegen de minister om meer handhaving. De minister neemt het verzoek over en zal in het najaar met een plan komen.

        Kamerbrief: de minister stuurt de brief aan de Tweede Kamer. Over de kosten wordt de Tweede Kamer na de zomer geïnformeerd.
        """)
        let fus = m.items.flatMap(\.followUps)
        #expect(fus.map(\.parties) == [
            ["minister van Defensie"],
            ["minister van Justitie en Veiligheid", "regioburgemeesters"],
            ["politie"],
            ["RIEC's", "gemeenten"],
            ["korpschef", "politie"],
            ["LOVP"],
            ["minister van Justitie en Veiligheid"],
            ["minister van Justitie en Veiligheid"],
            ["minister van Justitie en Veiligheid"],
        ])
        #expect(fus.map { $0.due ?? "-" } == ["2024-06-30", "2024-05-31", "2024-06-30", "-", "2024-06-01", "-", "2024-11-30", "-", "2024-09-30"])
        #expect(fus[0].dueText == "voor de zomer")
    }

    @Test func decisionsAndAgreements() throws {
        let m = try lovp("""
        Begroting: de begroting 2025 van de politie is vastgesteld.

        Brief: de burgemeesters gaan akkoord met de brief, mits de cijfers kloppen.

        Notitie: het LOVP heeft kennis genomen van de notitie over de meldkamers.

        Convenant: de regioburgemeesters stemmen in met het convenant.

        Aanpak: afgesproken is dat de politie en het COA in september een plan presenteren.

        Betrokkenheid: er is afgesproken dat burgemeesters beter betrokken worden.

        Later: over de middelen wordt in het LOVP van juni besloten.

        Geen: er is geen besluit genomen over de verdeling.
        """)
        let decisions = m.items.map { $0.decisions.count }
        #expect(decisions == [1, 1, 1, 1, 1, 1, 0, 0])
        let fus = m.items.flatMap(\.followUps)
        #expect(fus.map(\.parties) == [["politie", "COA"], ["LOVP"]])
        #expect(fus.map(\.due) == ["2024-09-30", "2024-06-30"])
    }

    @Test func mayorsLetterAndBureauText() throws {
        let letter = try MinutesReader.read(text: """
        Raadsinformatiebrief
        Van: de burgemeester
        Datum: 2 mei 2024
        Onderwerp: Landelijk Overleg Veiligheid en Politie van 22 april 2024

        Ondermijning

        De minister zegt toe dat hij vóór 1 juli een voorstel doet. Ik zal u na de zomer informeren over de gevolgen.
        """, fileName: "brief.txt", lexicons: lex)
        #expect(letter.date == "2024-04-22")
        #expect(letter.items.first?.followUps.map(\.parties) == [["minister van Justitie en Veiligheid"], ["burgemeesters"]])
        #expect(letter.items.first?.followUps.map(\.due) == ["2024-06-30", "2024-09-30"])

        let bureau = try MinutesReader.read(text: """
        Terugkoppeling LOVP 15 april 2024
        Van: Bureau Regioburgemeesters

        Prioriteiten
        • Wij zullen in mei de eenheden vragen hun jaarplannen aan te passen.
        """, fileName: "bureau.txt", lexicons: lex)
        #expect(bureau.items.first?.followUps.map(\.parties) == [["regioburgemeesters"]])
    }

    @Test func textFormatShowsItemsDecisionsAndFollowUps() throws {
        let m = try lovp("Begroting: de begroting is vastgesteld. De korpschef zal eind mei de cijfers sturen.\n")
        let text = ParseText.render([m])
        #expect(text.contains("LOVP 2024-04-08"))
        #expect(text.contains("Begroting  [overig]  regels 3"))
        #expect(text.contains("B  de begroting is vastgesteld."))
        #expect(text.contains("→ korpschef; 2024-05-31 (eind mei)  (r. 3)"))
    }
}
