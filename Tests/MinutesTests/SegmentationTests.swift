import Foundation
import Testing
@testable import Minutes

/// Segmentation into agenda items and sentences (ANNOTATION.md §3; issue 2 point 2, issue 3),
/// on minutes written for these tests.
@Suite struct SegmentationTests {
    let lex: Lexicons

    init() throws { lex = try Scoring.lexicons() }

    private func read(_ text: String) throws -> Meeting {
        try MinutesReader.read(text: text, fileName: "test.txt", lexicons: lex)
    }

    @Test func colonParagraphsUntitledParagraphsAndAParagraphCutByABlankLine() throws {
        let m = try read("""
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 5 februari 2024

        Cameratoezicht: de burgemeesters spraken over de kosten. Het onderwerp komt terug op de agenda van het

        volgende overleg.

        De meerjarenraming van de politie en de begroting van het korps zijn vastgesteld.

        Ten aanzien van de inzet van de ME is afgesproken dat de korpschef een voorstel doet.
        """)
        #expect(m.items.map(\.title) == ["Cameratoezicht", "Meerjarenraming politie en begroting korps",
                                         "Inzet van de ME"])
        #expect(m.items[0].lines == LineRange(3, 5))
        #expect(m.items[0].followUps.map(\.lines) == [LineRange(3, 5)])
        #expect(m.items[0].followUps.first?.text == "Het onderwerp komt terug op de agenda van het volgende overleg.")
        #expect(m.items[1].decisions.map(\.lines) == [LineRange(7, 7)])
    }

    @Test func numberedAndMarkdownHeadingsKeepAColonInTheTitle() throws {
        let m = try read("""
        # Verslag Regionaal Veiligheidscollege Zuidwest

        Datum: 7 maart 2024
        Aanwezig: de burgemeesters van de regio

        ## 1. Opening

        De voorzitter opent de vergadering.

        2. Evaluatie Wet veiligheidsregio's: rol van het college
        Het college bespreekt de evaluatie.

        20240307.3 Rondvraag
        Geen punten.
        """)
        #expect(m.items.map(\.title) == ["Opening", "Evaluatie Wet veiligheidsregio's: rol van het college", "Rondvraag"])
        #expect(m.items.map(\.lines) == [LineRange(6, 8), LineRange(10, 11), LineRange(13, 14)])
        #expect(m.body == "Regionaal Veiligheidscollege")
    }

    @Test func bulletsLabelsArrowsAndListLabels() throws {
        let m = try read("""
        Besluitenlijst Veiligheidsberaad
        Vergadering van 8 april 2024

        1. Meldkamers
        Besluit: het Veiligheidsberaad stemt in met de notitie over de meldkamers.
        Actie: het secretariaat stuurt de notitie
          uiterlijk 1 mei aan de minister.
        Actie (afgerond): de brief is verzonden.
        Voorgesteld besluit: in te stemmen met de notitie.
        ► De voorzitter bespreekt de notitie in juni met de korpschef.

        2. Jaarwisseling
        Afspraken:
        - de regio's leveren in mei hun cijfers aan;
        - het beraad evalueert de aanpak in september.
        """)
        #expect(m.items.map(\.title) == ["Meldkamers", "Jaarwisseling"])
        let meld = m.items[0]
        #expect(meld.decisions.map(\.text) == ["het Veiligheidsberaad stemt in met de notitie over de meldkamers."])
        #expect(meld.followUps.map(\.text) == ["het secretariaat stuurt de notitie uiterlijk 1 mei aan de minister.",
                                              "De voorzitter bespreekt de notitie in juni met de korpschef."])
        #expect(meld.followUps[0].lines == LineRange(6, 7))
        #expect(meld.followUps.map(\.parties) == [["Veiligheidsberaad"], ["Veiligheidsberaad"]])
        let jw = m.items[1]
        #expect(jw.decisions.count == 2)
        #expect(jw.followUps.map(\.parties) == [["veiligheidsregio's"], ["Veiligheidsberaad"]])
        #expect(jw.followUps.map(\.lines) == [LineRange(14, 14), LineRange(15, 15)])
    }

    @Test func actionTableRowsBelongToTheirAgendaItem() throws {
        let m = try read("""
        Verslag Stuurgroep RIEC Oost
        Datum: 12 maart 2024

        1. Vastgoed
        De stuurgroep bespreekt de rapportage.

        Nr | Agendapunt | Actie | Wie | Wanneer
        1 | Vastgoed | Opstellen van een lijst met risicopanden | RIEC en politie | 1-5-2024
        2 | Vastgoed | Bespreken van de lijst met de colleges | de voorzitter | gereed
        3 | Bibob | Actualiseren van het Bibob-beleid | gemeenten | 30/06/24
        """)
        #expect(m.items.map(\.title) == ["Vastgoed", "Bibob"])
        #expect(m.items[0].followUps.map(\.text) == ["Opstellen van een lijst met risicopanden"])
        #expect(m.items[0].followUps.first?.parties == ["RIEC's", "politie"])
        #expect(m.items[0].followUps.first?.lines == LineRange(8, 8))
        #expect(m.items[1].followUps.first?.parties == ["gemeenten"])
    }

    @Test func letterHeaderIntroClosingAndSignatureAreNoItems() throws {
        let m = try read("""
        Raadsinformatiebrief

        Aan: de gemeenteraad
        Datum: 14 mei 2024
        Onderwerp: terugkoppeling Landelijk Overleg Veiligheid en Politie van 29 april 2024

        Geachte raadsleden,

        Met deze brief informeer ik u over het LOVP van 29 april jl. waarin veel is besproken.

        Drugsafval

        De minister zal in juni een regeling voorstellen.

        Met vriendelijke groet,

        De burgemeester van Veldstad
        """)
        #expect(m.title == "terugkoppeling Landelijk Overleg Veiligheid en Politie van 29 april 2024")
        #expect(m.date == "2024-04-29")
        #expect(m.body == "LOVP")
        #expect(m.items.map(\.title) == ["Drugsafval"])
        #expect(m.items[0].followUps.first?.due == "2024-06-30")
    }

    @Test func repeatedSentencesGetTheirOwnKeys() throws {
        let m = try read("""
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 5 februari 2024

        Cameratoezicht: Het onderwerp komt terug op de agenda.

        Jaarwisseling: Het onderwerp komt terug op de agenda.
        """)
        let ids = m.items.flatMap(\.followUps).map(\.id)
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
        #expect(ids[0] == StableKey.followUp(body: "LOVP", date: "2024-02-05", text: "Het onderwerp komt terug op de agenda."))
    }

    @Test func sentencesDoNotBreakOnAbbreviationsNumbersOrWords() {
        let split = SentenceSplitter(lexicons: lex)
        let text = "Wetswijziging art. 4 Politiewet d.d. 10 april is besproken met V&J en de RIEC's. De voorzitter sluit om 17.40 uur. O.a. de korpschef was er. Het LOVP van 1 mei jl. stemde in."
        #expect(split.split(text).map(\.text) == [
            "Wetswijziging art. 4 Politiewet d.d. 10 april is besproken met V&J en de RIEC's.",
            "De voorzitter sluit om 17.40 uur.", "O.a. de korpschef was er.", "Het LOVP van 1 mei jl. stemde in.",
        ])
        let spans = split.split(text)
        #expect(String(Array(text)[spans[1].start..<spans[1].end]) == spans[1].text)
    }

    @Test func lineKinds() {
        #expect(LineKind.of("3. Screening van boa's") == .heading(title: "Screening van boa's", markdown: false))
        #expect(LineKind.of("## 4. Evaluatie: positie") == .heading(title: "Evaluatie: positie", markdown: true))
        #expect(LineKind.of("- Besluit: akkoord.") == .bullet(body: "Besluit: akkoord.", offset: 2))
        #expect(LineKind.of("**Actie:** de politie levert") == .label(label: "Actie", rest: "de politie levert", offset: 11))
        #expect(LineKind.of("1 | Vastgoed | Lijst | RIEC | 1 mei") == .tableRow(cells: ["1", "Vastgoed", "Lijst", "RIEC", "1 mei"]))
        #expect(LineKind.of("---|---|---") == .tableRule)
        #expect(LineKind.of("2024 was een jaar.") == .text)
    }
}
