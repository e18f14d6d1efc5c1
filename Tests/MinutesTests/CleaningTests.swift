import Foundation
import Testing
@testable import Minutes

/// Page furniture and hyphenation (issue 3 "Page furniture").
@Suite struct CleaningTests {
    private func texts(_ text: String) -> [String] { LineCleaner.clean(text).map(\.text) }
    private func numbered(_ text: String) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: LineCleaner.clean(text).map { ($0.number, $0.text) })
    }

    @Test func keepsLinesNumbersAndBlanks() {
        let lines = LineCleaner.clean("Titel\n\nEerste alinea.  \n\nTweede.")
        #expect(lines == [SourceLine(number: 1, text: "Titel"), SourceLine(number: 2, text: ""),
                          SourceLine(number: 3, text: "Eerste alinea."), SourceLine(number: 4, text: ""),
                          SourceLine(number: 5, text: "Tweede.")])
    }

    @Test func pageNumberAndRunningHeaderMidSentence() {
        let text = "Kop: de regioburgemeesters hebben gevraagd of dit\n\n- 2 -\n\nTerugkoppeling LOVP 17 juni 2019\n\ntransparanter moet.\n\nVolgende: tekst."
        let lines = numbered(text)
        #expect(lines[3] == nil)
        #expect(lines[5] == nil)
        #expect(lines[7] == "transparanter moet.")
        #expect(lines[1] == "Kop: de regioburgemeesters hebben gevraagd of dit")
        #expect(lines[9] == "Volgende: tekst.")
    }

    @Test func headerIsKeptWhenTheSentenceHadEnded() {
        // A short heading after a page number, after a finished sentence, is content.
        let lines = texts("Eerste punt is klaar.\n\n2\n\nScreening van boa's\n\nde tekst loopt door.")
        #expect(lines.contains("Screening van boa's"))
        #expect(!lines.contains("2"))
    }

    @Test func pageNumberForms() {
        for furniture in ["- 2 -", "– 3 –", "Pagina 1 van 2", "pagina 2", "Page 2 of 3", "2/5", "blz. 4", "12"] {
            let lines = texts("Tekst hier.\n\n\(furniture)\n\nMeer tekst.")
            #expect(lines == ["Tekst hier.", "", "", "Meer tekst."], "\(furniture)")
        }
        // A number inside text is not a page number.
        #expect(texts("Aantal:\n12 gemeenten") == ["Aantal:", "12 gemeenten"])
    }

    @Test func formFeedsAndRepeatedHeadersFooters() {
        let page = { (n: Int, body: String) in "Verslag RVC Oost-Brabant\n\n\(body)\n\nVertrouwelijk - pagina \(n)\n" }
        let text = page(1, "Eerste pagina tekst.") + "\u{0C}" + page(2, "Tweede pagina tekst.") + "\u{0C}" + page(3, "Derde.")
        let lines = texts(text).filter { !$0.isEmpty }
        // The header repeated on every page goes on every page, the first one included.
        #expect(lines == ["Eerste pagina tekst.", "Tweede pagina tekst.", "Derde."])
    }

    @Test func pdftotextPagesWithARunningHeaderOnEveryPage() {
        // The shape `pdftotext -layout` gives: a form feed starts each new page.
        let text = "Kopie - vertrouwelijk\nVerslag RVC 21 maart 2024\n\n1. Opening\nDe voorzitter opent.\n\n                 -1-\n\u{0C}Kopie - vertrouwelijk\n\n2. Rondvraag\nGeen vragen.\n\n                 -2-\n\u{0C}"
        let lines = LineCleaner.clean(text).filter { !$0.text.isEmpty }
        #expect(lines.map(\.text) == ["Verslag RVC 21 maart 2024", "1. Opening", "De voorzitter opent.", "2. Rondvraag", "Geen vragen."])
        #expect(lines.map(\.number) == [2, 4, 5, 10, 11])
    }

    @Test func aTitleThatIsNotRepeatedStays() {
        let text = "Verslag RVC\n\nDe voorzitter opent.\n\n- 1 -\n\u{0C}Verslag van de rondvraag\n\nGeen vragen.\n"
        #expect(LineCleaner.clean(text).filter { !$0.text.isEmpty }.map(\.text) == ["Verslag RVC", "De voorzitter opent.", "Verslag van de rondvraag", "Geen vragen."])
    }

    @Test func hyphenationMovesTheFragmentUp() {
        let text = "Het RIEC presenteert het regionale actiepro-\ngramma. Sinds de zomer zijn rappor-\ntages opgeleverd."
        let lines = LineCleaner.clean(text)
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines[0].text == "Het RIEC presenteert het regionale actieprogramma.")
        #expect(lines[1].text == "Sinds de zomer zijn rapportages")
        #expect(lines[2].text == "opgeleverd.")
    }

    @Test func emptiedContinuationLineIsDropped() {
        let lines = LineCleaner.clean("moet worden afge-\nstemd.\n\nVolgende.")
        #expect(lines == [SourceLine(number: 1, text: "moet worden afgestemd."), SourceLine(number: 3, text: ""),
                          SourceLine(number: 4, text: "Volgende.")])
    }

    @Test func bulletContinuationKeepsIndentation() {
        let lines = texts("- het RIEC stelt een weerbaarheids-\n  scan op van gemeenten;")
        #expect(lines == ["- het RIEC stelt een weerbaarheidsscan", "  op van gemeenten;"])
    }

    @Test func realCompoundsKeepTheirHyphen() {
        #expect(texts("De burgemeesters van de Oost-\nBrabantse gemeenten") == ["De burgemeesters van de Oost-Brabantse", "gemeenten"])
        #expect(texts("incidenten rond COA-\nlocaties in het land") == ["incidenten rond COA-locaties", "in het land"])
        #expect(texts("de inzet van de politie-\neenheden") == ["de inzet van de politie-eenheden"])
        #expect(texts("behoefte aan wet-\nen regelgeving") == ["behoefte aan wet-", "en regelgeving"])
        #expect(texts("behoefte aan wet- en regelgeving") == ["behoefte aan wet- en regelgeving"])
        #expect(texts("een gesprek met de oud-\nburgemeester") == ["een gesprek met de oud-burgemeester"])
        // A soft hyphen at the line end always goes, even before a vowel; a Unicode hyphen counts as a hyphen.
        #expect(texts("de politie\u{AD}\neenheden") == ["de politieeenheden"])
        #expect(texts("de evalu\u{2010}\natie") == ["de evaluatie"])
        // A dash after a space is not a hyphen.
        #expect(texts("De politie -\nen ook het OM") == ["De politie -", "en ook het OM"])
    }

    @Test func hyphenationAcrossAPageBreak() {
        let lines = texts("de evalu-\n\n- 2 -\n\natie volgt.")
        #expect(lines.first == "de evaluatie")
        #expect(!lines.contains("atie volgt."))
        #expect(lines.last == "volgt.")
    }

    @Test func corpusPageBreakAndHyphenation() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpus").standardized
        guard let lovp = try? Data(contentsOf: corpus.appendingPathComponent("lovp-2019-06-17.txt")),
              let rvc = try? Data(contentsOf: corpus.appendingPathComponent("rvc-oost-brabant-2024-03-21.txt")) else {
            print("skipped: ../shared/corpus not present")
            return
        }
        let l = LineCleaner.clean(try TextDecoding.decode(lovp, fileName: "lovp"))
        #expect(!l.contains { $0.text == "- 2 -" || $0.text.hasPrefix("Bestuurlijke terugkoppeling LOVP") })
        #expect(l.contains { $0.text.hasPrefix("transparanter moet") })
        let r = Dictionary(uniqueKeysWithValues: LineCleaner.clean(try TextDecoding.decode(rvc, fileName: "rvc")).map { ($0.number, $0.text) })
        #expect(r[19] == "Het RIEC presenteert de eerste resultaten van het regionale actieprogramma.")
        #expect(r[20]?.hasPrefix("Sinds de zomer") == true)
        #expect(r[22] == "wordt gebruikt. De burgemeesters van de Oost-Brabantse")
        #expect(r[23] == "plattelandsgemeenten herkennen het beeld van ondermijnende")
    }
}
