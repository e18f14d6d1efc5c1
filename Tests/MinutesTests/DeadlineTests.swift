import Testing
@testable import Minutes

/// ANNOTATION.md §7: every row of the table with its example, the year rule, the ignored phrases,
/// and the corpus' own deadline sentences.
@Suite struct DeadlineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var meeting: String
        var sentence: String
        var due: String?
        var dueText: String?
        var testDescription: String { "\(meeting) \(sentence)" }
    }

    private static func c(_ meeting: String, _ sentence: String, _ due: String?, _ dueText: String?) -> Case {
        Case(meeting: meeting, sentence: sentence, due: due, dueText: dueText)
    }

    /// One or more cases per row of the §7 table, in table order; the table's own examples first.
    static let table: [Case] = [
        // eind <maand>
        c("2017-04-10", "Eind mei zal er vervolgens een bestuurlijk overleg worden gepland.", "2017-05-31", "Eind mei"),
        c("2019-06-17", "Politie en COA presenteren eind september een gezamenlijke aanpak.", "2019-09-30", "eind september"),
        // begin <maand>
        c("2018-10-08", "De korpschef komt begin november met een voorstel.", "2018-11-10", "begin november"),
        // medio / half / midden <maand>
        c("2018-10-08", "Het rapport wordt medio januari aangeboden.", "2019-01-15", "medio januari"),
        c("2023-10-09", "Het COA levert half november een plan aan.", "2023-11-15", "half november"),
        c("2023-10-09", "Het COA levert midden december een plan aan.", "2023-12-15", "midden december"),
        // in <maand>, <maand>, in de loop van <maand>
        c("2023-11-27", "De minister stuurt in december een brief.", "2023-12-31", "in december"),
        c("2024-03-21", "De werkgroep komt in september met een voorstel.", "2024-09-30", "in september"),
        c("2023-11-27", "Wanneer: februari", "2024-02-29", "februari"),
        c("2023-11-27", "Het plan volgt in de loop van maart.", "2024-03-31", "in de loop van maart"),
        // in/op/voor de vergadering van <maand>, in het <orgaan> van <maand>
        c("2019-06-17", "Dit onderwerp komt terug in het LOVP van oktober.", "2019-10-31", "in het LOVP van oktober"),
        c("2019-06-17", "Het plan wordt besproken in de stuurgroep van juni.", "2019-06-30", "in de stuurgroep van juni"),
        c("2019-10-01", "Het plan wordt besproken in de stuurgroep van juni.", "2020-06-30", "in de stuurgroep van juni"),
        c("2022-07-04", "Het voorstel komt op de vergadering van september.", "2022-09-30", "op de vergadering van september"),
        // in/op/voor de vergadering van <dag> <maand> [<jaar>]
        c("2022-07-04", "Het bureau levert de notitie voor de vergadering van 12 september 2022.", "2022-09-12", "voor de vergadering van 12 september 2022"),
        c("2022-07-04", "Het bureau levert de notitie in de vergadering van 12 september.", "2022-09-12", "in de vergadering van 12 september"),
        // voor/vóór <maand>
        c("2024-03-21", "De regio's reageren vóór juni.", "2024-05-31", "vóór juni"),
        c("2024-03-21", "De regio's reageren voor juni.", "2024-05-31", "voor juni"),
        // uiterlijk <maand> [<jaar>]
        c("2019-06-17", "De korpschef rapporteert uiterlijk februari 2020.", "2020-02-29", "uiterlijk februari 2020"),
        // op/per/uiterlijk <dag> <maand> [<jaar>], bare <dag> <maand> <jaar>
        c("2019-06-17", "Het bureau zal uiterlijk 1 november de passage herschrijven.", "2019-11-01", "uiterlijk 1 november"),
        c("2024-11-18", "De nieuwe regeling gaat per 1 januari in.", "2025-01-01", "per 1 januari"),
        c("2023-10-09", "Het secretariaat zal op 3 november de reactie sturen.", "2023-11-03", "op 3 november"),
        c("2023-10-09", "Reactie opstellen | secretariaat | 15 december 2023", "2023-12-15", "15 december 2023"),
        // voor/vóór <dag> <maand>
        c("2021-09-27", "De minister zegt toe dat hij vóór 1 december met een voorstel komt.", "2021-11-30", "vóór 1 december"),
        c("2024-03-21", "Het RIEC stelt voor 1 juni een handreiking op.", "2024-05-31", "voor 1 juni"),
        // voor de zomer, voor het zomerreces
        c("2019-06-17", "De korpschef zal voor de zomer een evaluatie sturen.", "2019-06-30", "voor de zomer"),
        c("2019-04-01", "De minister informeert de Kamer voor het zomerreces.", "2019-06-30", "voor het zomerreces"),
        c("2024-03-21", "De burgemeester brengt dit in bij de VNG, nog voor de zomer.", "2024-06-30", "voor de zomer"),
        // in de zomer, deze zomer
        c("2024-03-21", "De pilot start in de zomer.", "2024-08-31", "in de zomer"),
        c("2024-03-21", "De evaluatie volgt deze zomer.", "2024-08-31", "deze zomer"),
        // na de zomer, na het zomerreces
        c("2017-04-10", "De korpschef zal na de zomer met de burgemeesters bespreken.", "2017-09-30", "na de zomer"),
        c("2017-04-10", "De Kamer wordt na het zomerreces geïnformeerd.", "2017-09-30", "na het zomerreces"),
        // in het voorjaar [van <jaar>]
        c("2024-11-18", "De korpschef doet in het voorjaar van 2025 een voorstel.", "2025-05-31", "in het voorjaar van 2025"),
        c("2024-11-18", "De korpschef doet in het voorjaar een voorstel.", "2025-05-31", "in het voorjaar"),
        // in het najaar [van <jaar>], dit najaar
        c("2019-06-17", "De korpschef maakt in het najaar inzichtelijk hoe de agenten worden ingezet.", "2019-11-30", "in het najaar"),
        c("2019-06-17", "De korpschef maakt dit najaar inzichtelijk hoe de agenten worden ingezet.", "2019-11-30", "dit najaar"),
        c("2019-06-17", "Het plan volgt in het najaar van 2020.", "2020-11-30", "in het najaar van 2020"),
        // Q1–Q4, eerste … vierde kwartaal, eerste trimester [+ jaar]
        c("2023-10-09", "Planning volgt in Q4.", "2023-12-31", "in Q4"),
        c("2023-10-09", "De minister rapporteert in het derde kwartaal.", "2024-09-30", "in het derde kwartaal"),
        c("2024-03-21", "Politie rapporteert in het eerste kwartaal van 2025 over de effecten.", "2025-03-31", "in het eerste kwartaal van 2025"),
        c("2024-03-21", "De evaluatie volgt in het eerste trimester van 2025.", "2025-03-31", "in het eerste trimester van 2025"),
        c("2024-03-21", "Oplevering Q2 2025.", "2025-06-30", "Q2 2025"),
        // begin <jaar>, begin volgend jaar
        c("2023-10-09", "Het rapport verschijnt begin 2024.", "2024-03-31", "begin 2024"),
        c("2023-10-09", "De regio's leveren begin volgend jaar hun plannen.", "2024-03-31", "begin volgend jaar"),
        // medio <jaar>
        c("2020-02-10", "Het wetsvoorstel gaat medio 2021 naar de Kamer.", "2021-06-30", "medio 2021"),
        // eind <jaar>, eind dit jaar, dit jaar, in <jaar>, in de loop van het jaar, voor het einde van het (kalender)jaar,
        // voor de jaarwisseling, voor het kerstreces
        c("2020-02-10", "De minister stuurt eind dit jaar een brief.", "2020-12-31", "eind dit jaar"),
        c("2020-02-10", "De minister stuurt eind 2021 een brief.", "2021-12-31", "eind 2021"),
        c("2020-02-10", "De minister stuurt dit jaar een brief.", "2020-12-31", "dit jaar"),
        c("2020-02-10", "De minister stuurt in 2021 een brief.", "2021-12-31", "in 2021"),
        c("2020-02-10", "De minister stuurt in de loop van het jaar een brief.", "2020-12-31", "in de loop van het jaar"),
        c("2020-02-10", "De minister stuurt voor het einde van het jaar een brief.", "2020-12-31", "voor het einde van het jaar"),
        c("2020-02-10", "De minister stuurt vóór het einde van het kalenderjaar een brief.", "2020-12-31", "vóór het einde van het kalenderjaar"),
        c("2020-02-10", "De minister stuurt voor de jaarwisseling een brief.", "2020-12-31", "voor de jaarwisseling"),
        c("2020-02-10", "De minister stuurt voor het kerstreces een brief.", "2020-12-31", "voor het kerstreces"),
        // deze week
        c("2025-05-15", "Het secretariaat stuurt deze week de stukken.", "2025-05-18", "deze week"),
        // volgende week, in de loop van volgende week
        c("2025-05-15", "Het secretariaat stuurt volgende week de stukken.", "2025-05-25", "volgende week"),
        c("2025-05-15", "Het secretariaat stuurt in de loop van volgende week de stukken.", "2025-05-25", "in de loop van volgende week"),
        // volgende maand
        c("2025-05-15", "Het secretariaat stuurt volgende maand de stukken.", "2025-06-30", "volgende maand"),
        c("2025-12-15", "Het secretariaat stuurt volgende maand de stukken.", "2026-01-31", "volgende maand"),
        // binnen N dagen/weken/maanden, over N …, na N … (na een jaar)
        c("2023-02-02", "De regio's reageren binnen vier weken.", "2023-03-02", "binnen vier weken"),
        c("2025-05-15", "De pilot wordt na een jaar geëvalueerd.", "2026-05-15", "na een jaar"),
        c("2025-01-31", "De werkgroep rapporteert over twee maanden.", "2025-03-31", "over twee maanden"),
        c("2025-05-15", "De werkgroep rapporteert binnen 10 dagen.", "2025-05-25", "binnen 10 dagen"),
        // vague
        c("2019-06-17", "Hierover wordt in het volgende LOVP verder gesproken.", nil, "in het volgende LOVP"),
        c("2019-06-17", "Dit komt voor het volgende LOVP terug.", nil, "voor het volgende LOVP"),
        c("2023-10-09", "Terugkoppeling in de volgende vergadering.", nil, "in de volgende vergadering"),
        c("2023-10-09", "Agenderen | voorzitter | volgend LOVP", nil, "volgend LOVP"),
        c("2023-10-09", "De voorzitter zal op korte termijn een gesprek voeren.", nil, "op korte termijn"),
        c("2023-10-09", "De voorzitter zal zo snel mogelijk een gesprek voeren.", nil, "zo snel mogelijk"),
        c("2023-10-09", "De voorzitter zal binnenkort een gesprek voeren.", nil, "binnenkort"),
        c("2023-10-09", "De regio's werken de komende jaren aan het plan.", nil, "de komende jaren"),
        c("2023-10-09", "De portefeuillehouder agendeert de uitkomsten zodra die beschikbaar zijn.", nil, "zodra die beschikbaar zijn"),
        c("2021-09-27", "Ik zal uw raad daarover na de besluitvorming in het LOVP opnieuw informeren.", nil, "na de besluitvorming in het LOVP"),
        c("2023-10-09", "Dit wordt in dat overleg besproken.", nil, "in dat overleg"),
        c("2023-10-09", "De korpschef rapporteert na afloop van de pilot.", nil, "na afloop van de pilot"),
        c("2023-10-09", "De gemeenten reageren binnen twee weken na het LOVP.", nil, "binnen twee weken na het LOVP"),
        c("2023-10-09", "Het voorstel wordt z.s.m. besproken.", nil, "z.s.m."),
        c("2017-04-10", "Het onderwerp komt terug op de agenda.", nil, nil),
    ]

    @Test(arguments: table) func tableRow(_ c: Case) {
        let found = DeadlineResolver.find(in: c.sentence, meetingDate: c.meeting)
        #expect(found?.due == c.due)
        #expect(found?.dueText == c.dueText)
        if let text = found?.dueText { #expect(c.sentence.contains(text)) }
    }

    /// Year rule: a phrase without a year resolves in the meeting's year, or the next year when that date lies before the meeting.
    @Test func yearRule() {
        #expect(DeadlineResolver.find(in: "De regio levert in februari een plan.", meetingDate: "2023-11-27")?.due == "2024-02-29")
        #expect(DeadlineResolver.find(in: "De regio levert in februari een plan.", meetingDate: "2023-01-27")?.due == "2023-02-28")
        #expect(DeadlineResolver.find(in: "De regio levert uiterlijk 15 januari een plan.", meetingDate: "2023-12-11")?.due == "2024-01-15")
        #expect(DeadlineResolver.find(in: "De regio levert vóór 1 januari een plan.", meetingDate: "2024-11-18")?.due == "2024-12-31")
        #expect(DeadlineResolver.find(in: "De regio levert voor de zomer een plan.", meetingDate: "2023-10-09")?.due == "2024-06-30")
        // The meeting day itself is not before the meeting.
        #expect(DeadlineResolver.find(in: "De regio levert op 9 oktober een plan.", meetingDate: "2023-10-09")?.due == "2023-10-09")
    }

    /// Not deadlines (§7 last paragraph) and several phrases (§9).
    @Test func ignoredPhrasesAndSeveralPhrases() {
        let m = "2023-10-09"
        for sentence in [
            "Tot die tijd blijft de huidige regeling van kracht.",
            "In de tussentijd voert de politie controles uit.",
            "Voortaan stuurt het secretariaat de stukken.",
            "Om de vier jaar wordt een dreigingsbeeld gemaakt.",
            "Het LOVP van 27 september jl. heeft dit besproken.",
            "De besluitenlijst van de vorige vergadering (11 september 2023) wordt vastgesteld.",
            "Naar aanleiding van de storing van 14 september wordt een analyse gemaakt.",
            "De inzet duurt niet langer dan tot 1 april.",
            "Een besluit is niet voor 2025 te verwachten.",
            "Het verslag d.d. 10 april 2017 wordt toegestuurd.",
            "Sinds de zomer zijn in twaalf gemeenten rapportages opgeleverd.",
            "Het jaar 2022 was voor de politie een druk jaar.",
            "Het eerste kwartaal liet een daling zien.",
            "De begroting 2024 en de jaarverantwoording 2022 worden besproken.",
            "De politie is 24/7 bereikbaar voor de gemeenten.",
            "Het actieprogramma loopt tot en met december.",
            "De minister heeft op 3 oktober 2023 een brief gestuurd.",
        ] {
            #expect(DeadlineResolver.find(in: sentence, meetingDate: m) == nil, "\(sentence)")
        }
        let several = DeadlineResolver.find(in: "Het rapport komt niet vóór 1 november, maar uiterlijk 15 december.", meetingDate: m)
        #expect(several == Deadline(due: "2023-12-15", dueText: "uiterlijk 15 december"))
        let reference = DeadlineResolver.find(in: "De brief van 11 september 2023 wordt uiterlijk eind oktober beantwoord.", meetingDate: m)
        #expect(reference == Deadline(due: "2023-10-31", dueText: "uiterlijk eind oktober"))
        #expect(DeadlineResolver.find(in: "Het COA levert medio november in het LOVP een plan.", meetingDate: m)?.dueText == "medio november")
        // The phrase with a deadline word names the completion; the others describe the object or a clause.
        #expect(DeadlineResolver.find(in: "De regio's melden uiterlijk 1 juli hoeveel plekken zij na de zomer kunnen bieden.", meetingDate: "2024-06-10")
            == Deadline(due: "2024-07-01", dueText: "uiterlijk 1 juli"))
        #expect(DeadlineResolver.find(in: "De politie stelt voor het eind van het jaar een planning op voor de evenementen in 2025.", meetingDate: "2024-11-27")
            == Deadline(due: "2024-12-31", dueText: "voor het eind van het jaar"))
    }

    /// Other forms, and table cells (`Wanneer`) that hold only the phrase.
    @Test func otherWrittenForms() {
        let m = "2019-06-17"
        let cases: [(String, String, String)] = [
            ("De korpschef stuurt uiterlijk 1-11-2019 een brief.", "2019-11-01", "uiterlijk 1-11-2019"),
            ("De korpschef stuurt uiterlijk 01/11/19 een brief.", "2019-11-01", "uiterlijk 01/11/19"),
            ("De korpschef stuurt uiterlijk 1.11.2019 een brief.", "2019-11-01", "uiterlijk 1.11.2019"),
            ("De korpschef stuurt uiterlijk 2019-11-01 een brief.", "2019-11-01", "uiterlijk 2019-11-01"),
            ("De korpschef stuurt uiterlijk 1 nov. een brief.", "2019-11-01", "uiterlijk 1 nov."),
            ("De korpschef stuurt uiterlijk vrijdag 1 november een brief.", "2019-11-01", "uiterlijk vrijdag 1 november"),
            ("De korpschef stuurt uiterlijk 1 mrt 2020 een brief.", "2020-03-01", "uiterlijk 1 mrt 2020"),
            ("De korpschef stuurt vóór 1 mrt een brief.", "2020-02-29", "vóór 1 mrt"),
            ("De korpschef stuurt uiterlijk vrijdag een brief.", "2019-06-21", "uiterlijk vrijdag"),
            ("De korpschef stuurt binnen een half jaar een brief.", "2019-12-17", "binnen een half jaar"),
            ("De korpschef stuurt in de eerste helft van 2020 een brief.", "2020-06-30", "in de eerste helft van 2020"),
            ("De korpschef stuurt eind van het jaar een brief.", "2019-12-31", "eind van het jaar"),
            ("De korpschef stuurt voor 2021 een brief.", "2020-12-31", "voor 2021"),
            ("De korpschef stuurt later dit jaar een brief.", "2019-12-31", "later dit jaar"),
            ("De korpschef stuurt volgend jaar een brief.", "2020-12-31", "volgend jaar"),
            ("De korpschef stuurt in de week van 14 oktober een brief.", "2019-10-20", "in de week van 14 oktober"),
            ("De korpschef stuurt uiterlijk in week 46 een brief.", "2019-11-17", "uiterlijk in week 46"),
            ("De korpschef stuurt met ingang van 1 januari een brief.", "2020-01-01", "met ingang van 1 januari"),
            ("De korpschef stuurt eind Q3 een brief.", "2019-09-30", "eind Q3"),
            ("De korpschef stuurt in het najaar van dit jaar een brief.", "2019-11-30", "in het najaar van dit jaar"),
            ("De korpschef stuurt binnen 5 werkdagen een brief.", "2019-06-24", "binnen 5 werkdagen"),
            ("Het bureau levert v\u{F3}\u{F3}r 1 december.", "2019-11-30", "v\u{F3}\u{F3}r 1 december"),
            ("Het bureau levert vo\u{301}o\u{301}r 1 december.", "2019-11-30", "vo\u{301}o\u{301}r 1 december"),
            ("najaar", "2019-11-30", "najaar"),
            ("Zomer", "2019-08-31", "Zomer"),
            ("dec.", "2019-12-31", "dec."),
            ("eerstvolgende vergadering", "", "eerstvolgende vergadering"),
            ("De korpschef stuurt in de eerste week van september een brief.", "2019-09-07", "in de eerste week van september"),
            ("De korpschef stuurt in de laatste week van augustus een brief.", "2019-08-31", "in de laatste week van augustus"),
            ("De korpschef stuurt in de tweede helft van juli een brief.", "2019-07-31", "in de tweede helft van juli"),
            ("De korpschef stuurt in de eerste helft van juli een brief.", "2019-07-15", "in de eerste helft van juli"),
            ("De korpschef stuurt komend najaar een brief.", "2019-11-30", "komend najaar"),
            ("De korpschef stuurt in de komende week een brief.", "2019-06-30", "in de komende week"),
            ("De korpschef stuurt het komende jaar een brief.", "2020-12-31", "het komende jaar"),
        ]
        for (sentence, due, text) in cases {
            let expected = Deadline(due: due.isEmpty ? nil : due, dueText: text)
            #expect(DeadlineResolver.find(in: sentence, meetingDate: m) == expected, "\(sentence)")
        }
    }
}
