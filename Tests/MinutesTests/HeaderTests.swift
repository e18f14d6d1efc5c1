import Foundation
import Testing
@testable import Minutes

/// Body, meeting date, title and author from the top of a document (ANNOTATION.md §2, §9).
@Suite struct HeaderTests {
    let lex: Lexicons

    init() throws { lex = try Scoring.lexicons() }

    private func header(_ text: String) throws -> MeetingHeader {
        try HeaderReader(lexicons: lex).read(LineCleaner.clean(text), fileName: "h.txt")
    }

    @Test func titleLineGivesBodyAndDate() throws {
        let h = try header("\n\n## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 10 april 2017\n\nTekst.")
        #expect(h.body == "LOVP")
        #expect(h.date == "2017-04-10")
        #expect(h.title == "Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 10 april 2017")
        #expect(h.titleLine == 3)
    }

    @Test func aTitleRepeatedAsTheHeaderOfEveryPageStaysOnTheFirst() throws {
        // The only title is the running header; page 2 repeats it (found in the new-user trial:
        // the first page's copy went too and the file was refused as "not minutes").
        let text = "Verslag Regionaal Veiligheidscollege 21 maart 2024\n\n1. Opening\nDe voorzitter opent.\n\n- 1 -\n"
            + "\u{0C}Verslag Regionaal Veiligheidscollege 21 maart 2024\n\n2. Rondvraag\nDe politie zal in mei rapporteren.\n\n- 2 -\n"
        let meeting = try MinutesReader.read(text: text, fileName: "rvc.txt", lexicons: lex)
        #expect(meeting.title == "Verslag Regionaal Veiligheidscollege 21 maart 2024")
        #expect(meeting.date == "2024-03-21")
        #expect(meeting.items.map(\.title) == ["Opening", "Rondvraag"])
        #expect(meeting.items.last?.followUps.map(\.text) == ["De politie zal in mei rapporteren."])
        // Without a title check the header goes on every page, the first one included.
        #expect(LineCleaner.clean(text).first { !$0.text.isEmpty }?.text == "1. Opening")
    }

    @Test func meetingLineNotTheApprovalDate() throws {
        let h = try header("""
        **Besluitenlijst Veiligheidsberaad**
        Vastgesteld in de vergadering van 9 december 2024
        Vergadering van maandag 11 november 2024, Utrecht
        """)
        #expect(h.body == "Veiligheidsberaad")
        #expect(h.date == "2024-11-11")
        #expect(h.title == "Besluitenlijst Veiligheidsberaad")
    }

    @Test func letterSubjectGivesTitleAndTheMeetingDateNotTheLetterDate() throws {
        let h = try header("""
        Raadsinformatiebrief
        Den Haag, 14 oktober 2025
        Datum: 14 oktober 2025
        Van: de burgemeester
        Onderwerp: Stuurgroep RIEC Noord-Holland, vergadering van 2 oktober 2025

        Geachte leden van de raad,
        """)
        #expect(h.title == "Stuurgroep RIEC Noord-Holland, vergadering van 2 oktober 2025")
        #expect(h.body == "Stuurgroep RIEC")
        #expect(h.date == "2025-10-02")
        #expect(h.author == "burgemeesters")
    }

    @Test func letterWithoutDateInTheSubject() throws {
        let h = try header("""
        Kamerbrief
        Den Haag, 3 februari 2025
        Betreft: verslag Landelijk Overleg Veiligheid en Politie

        Op 20 januari 2025 vond het LOVP plaats.

        De Minister van Justitie en Veiligheid,
        """)
        #expect(h.date == "2025-01-20")
        #expect(h.author == "minister van Justitie en Veiligheid")
    }

    @Test func noDateIsAClearError() {
        #expect(throws: MinutesError(file: "h.txt", message: "no meeting date found in the header")) {
            try header("Verslag\n\nGeen datum hier.")
        }
        #expect(throws: MinutesError(file: "h.txt", message: "the document is empty")) {
            try header("\n\n")
        }
    }
}

@Suite struct NotMinutesTests {
    @Test func aDocumentWhoseTitleNamesNoMeetingIsRefused() throws {
        let lex = try Scoring.lexicons()
        let readme = "# Parser corpus\n\n| file | meeting |\n|---|---|\n| a.txt | LOVP, 10 april 2017 |\n"
        #expect(throws: MinutesError(file: "README.md", message: "not minutes: the title names no meeting body (LOVP, Veiligheidsberaad, …) nor a kind of minutes (verslag, besluitenlijst, terugkoppeling, …)")) {
            try MinutesReader.read(Data(readme.utf8), fileName: "README.md", lexicons: lex)
        }
        let minutes = "Verslag driehoeksoverleg Zuidhaven\n\nDatum: 3 maart 2025\n\nCameratoezicht: de burgemeester zal voor 1 mei een besluit nemen.\n"
        let meeting = try MinutesReader.read(Data(minutes.utf8), fileName: "d.txt", lexicons: lex)
        #expect(meeting.date == "2025-03-03")
    }
}
