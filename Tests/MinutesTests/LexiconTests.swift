import Foundation
import Testing
@testable import Minutes

/// The lexicons of Resources/ (JSON) and a user's own files merged into them (issue 3).
@Suite struct LexiconTests {
    let lex: Lexicons

    init() throws { lex = try Scoring.lexicons() }

    @Test func embeddedLexiconsHoldTheTopicsAndEveryCanonicalParty() {
        #expect(lex.topicIDs == ["ondermijning", "screening-vog", "coa-incidenten", "governance", "overig"])
        #expect(lex.topicTitle("screening-vog") == "Screening/VOG")
        for name in ["minister van Justitie en Veiligheid", "minister van Defensie", "minister van Binnenlandse Zaken",
                     "regioburgemeesters", "burgemeesters", "politie", "korpschef", "Openbaar Ministerie", "Tweede Kamer",
                     "gemeenten", "RIEC's", "COA", "Koninklijke Marechaussee", "VNG", "Bureau Regioburgemeesters",
                     "Veiligheidsberaad", "LOVP", "staatssecretaris van Justitie en Veiligheid", "veiligheidsregio's",
                     "Regionaal Veiligheidscollege", "Stuurgroep RIEC"] {
            #expect(lex.partyNames.contains(name), "\(name) missing from parties.json")
        }
    }

    private func parties(_ text: String, body: String = "LOVP") -> [PartyTarget] {
        lex.compiled.parties.mentions(in: Tokenizer.tokens(text), body: body).map(\.target)
    }

    @Test func longestVariantFirstAndAcronymsOnlyInCapitals() {
        #expect(parties("Bureau Regioburgemeesters zal de passage herschrijven") == [.party("Bureau Regioburgemeesters")])
        #expect(parties("om de vier jaar") == [])
        #expect(parties("het OM en de Kmar") == [.party("Openbaar Ministerie"), .party("Koninklijke Marechaussee")])
        #expect(parties("de minister van Defensie") == [.party("minister van Defensie")])
        #expect(parties("burgemeester Van Dorsten") == [.party("burgemeesters")])
        #expect(parties("RIEC’s en V&J") == [.party("RIEC's"), .party("minister van Justitie en Veiligheid")])
    }

    @Test func rolesDependOnTheBody() {
        #expect(parties("De burgemeesters", body: "LOVP") == [.role(resolve: "party", party: "regioburgemeesters", fallback: nil)])
        #expect(parties("De burgemeesters", body: "Regionaal Veiligheidscollege") == [.party("burgemeesters")])
        #expect(parties("het college", body: "Regionaal Veiligheidscollege") == [.role(resolve: "body", party: nil, fallback: nil)])
        #expect(parties("het college", body: "LOVP") == [])
    }

    @Test func userTopicsAndPartiesAreMerged() throws {
        var merged = lex
        try merged.mergeTopics(Data(#"{"topics": [{"id": "ondermijning", "title": "", "cues": ["cybercrime"]}, {"id": "jeugd", "title": "Jeugd", "cues": ["jongeren*"]}]}"#.utf8), path: "/x/topics.json")
        try merged.mergeParties(Data(#"{"parties": [{"name": "NCTV", "variants": ["NCTV", "de Nationaal Coördinator"]}, {"name": "politie", "variants": ["de wijkagent"]}]}"#.utf8), path: "/x/parties.json")
        #expect(merged.topicIDs.contains("jeugd"))
        #expect(merged.topicTitle("ondermijning") == "Ondermijning")
        let text = """
        ## Terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 4 maart 2024

        Cybercrime bij gemeenten: de NCTV zal voor de zomer een handreiking sturen. De wijkagent zal in april de scholen bezoeken.

        Overlast door jongeren: er is gesproken over de overlast.
        """
        let m = try MinutesReader.read(text: text, fileName: "t.txt", lexicons: merged)
        #expect(m.items.map(\.topics) == [["ondermijning"], ["jeugd"]])
        #expect(m.items[0].followUps.map(\.parties) == [["NCTV"], ["politie"]])
        let plain = try MinutesReader.read(text: text, fileName: "t.txt", lexicons: lex)
        #expect(plain.items[0].topics != ["ondermijning"] || plain.items[0].followUps.first?.parties != ["NCTV"])
    }

    @Test func malformedUserFileNamesPathAndLine() {
        var merged = lex
        let broken = Data("{\n  \"topics\": [\n    {\"id\": \"x\" \"title\": \"X\"}\n  ]\n}\n".utf8)
        #expect {
            try merged.mergeTopics(broken, path: "/home/u/.config/overleg/topics.json")
        } throws: { error in
            guard let e = error as? LexiconError else { return false }
            return e.path == "/home/u/.config/overleg/topics.json" && e.line == 3
                && e.description.hasPrefix("/home/u/.config/overleg/topics.json:3: ")
        }
        let missing = Data("{\n  \"parties\": [\n    {\"name\": \"X\"}\n  ]\n}\n".utf8)
        #expect {
            try merged.mergeParties(missing, path: "p.json")
        } throws: { error in
            guard let e = error as? LexiconError else { return false }
            return e.line == 3 && e.message.contains("variants")
        }
    }

    @Test func cuesMatchWholeWordsWithGapsAndPrefixes() {
        let toks = Tokenizer.tokens("De minister komt in het najaar terug op de agenda en levert de cijfers aan.")
        #expect(Cue("komt … terug op de agenda").match(toks, at: 2) == 10)
        #expect(Cue("levert … aan").match(toks, at: 11) == 15)
        #expect(Cue("minis*").match(toks, at: 1) == 2)
        #expect(Cue("minis").match(toks, at: 1) == nil)
        #expect(CueSet(["terug op", "geen"]).matches(in: toks).map(\.start) == [6])
    }
}

/// Every variant that PARTIES.md lists (spelled out) names its canonical party, in the body's
/// documents where the variant depends on the body.
@Suite struct LexiconVariantTests {
    static let cases: [(variant: String, body: String, party: String)] = [
        ("minister van Justitie en Veiligheid", "LOVP", "minister van Justitie en Veiligheid"),
        ("minister van Veiligheid en Justitie", "LOVP", "minister van Justitie en Veiligheid"),
        ("minister van JenV", "LOVP", "minister van Justitie en Veiligheid"),
        ("minister van J&V", "LOVP", "minister van Justitie en Veiligheid"),
        ("V&J", "LOVP", "minister van Justitie en Veiligheid"),
        ("VenJ", "LOVP", "minister van Justitie en Veiligheid"),
        ("ministerie van Justitie en Veiligheid", "LOVP", "minister van Justitie en Veiligheid"),
        ("departement JenV", "LOVP", "minister van Justitie en Veiligheid"),
        ("justitieminister", "LOVP", "minister van Justitie en Veiligheid"),
        ("minister van Defensie", "LOVP", "minister van Defensie"),
        ("ministerie van Defensie", "LOVP", "minister van Defensie"),
        ("minister van Binnenlandse Zaken en Koninkrijksrelaties", "LOVP", "minister van Binnenlandse Zaken"),
        ("minister van BZK", "LOVP", "minister van Binnenlandse Zaken"),
        ("Regioburgemeesters", "LOVP", "regioburgemeesters"),
        ("de regioburgemeester van Oost-Brabant", "LOVP", "regioburgemeesters"),
        ("de portefeuillehouders van de regioburgemeesters", "LOVP", "regioburgemeesters"),
        ("de burgemeesters uit het LOVP", "LOVP", "regioburgemeesters"),
        ("alle burgemeesters", "LOVP", "burgemeesters"),
        ("burgemeesters (ook niet regioburgemeesters)", "LOVP", "burgemeesters"),
        ("burgemeester Aboutaleb", "LOVP", "burgemeesters"),
        ("de burgemeester van Eemsvoorde", "LOVP", "burgemeesters"),
        ("het lokaal gezag", "LOVP", "burgemeesters"),
        ("Nationale Politie", "LOVP", "politie"),
        ("de eenheden", "LOVP", "politie"),
        ("eenheid Den Haag", "LOVP", "politie"),
        ("basisteams", "LOVP", "politie"),
        ("het korps", "LOVP", "politie"),
        ("de politiechef", "LOVP", "politie"),
        ("de teamchef", "LOVP", "politie"),
        ("Mobiele Eenheid", "LOVP", "politie"),
        ("Landelijke Eenheid", "LOVP", "politie"),
        ("plv. korpschef", "LOVP", "korpschef"),
        ("plaatsvervangend korpschef", "LOVP", "korpschef"),
        ("korpsleiding", "LOVP", "korpschef"),
        ("het OM", "LOVP", "Openbaar Ministerie"),
        ("College van procureurs-generaal", "LOVP", "Openbaar Ministerie"),
        ("de voorzitter van het College van procureurs-generaal", "LOVP", "Openbaar Ministerie"),
        ("hoofdofficier van justitie", "LOVP", "Openbaar Ministerie"),
        ("(gebieds)officier van justitie", "LOVP", "Openbaar Ministerie"),
        ("het arrondissementsparket", "LOVP", "Openbaar Ministerie"),
        ("de Kamer", "LOVP", "Tweede Kamer"),
        ("uw Kamer", "LOVP", "Tweede Kamer"),
        ("Tweede Kamer der Staten-Generaal", "LOVP", "Tweede Kamer"),
        ("alle gemeenten", "LOVP", "gemeenten"),
        ("de betrokken gemeenten", "LOVP", "gemeenten"),
        ("deelnemende gemeenten", "LOVP", "gemeenten"),
        ("(bevings)gemeenten", "LOVP", "gemeenten"),
        ("de colleges", "LOVP", "gemeenten"),
        ("gemeente Tilburg", "LOVP", "gemeenten"),
        ("medewerkers van gemeenten", "LOVP", "gemeenten"),
        ("RIEC’s", "LOVP", "RIEC's"),
        ("RIECs", "LOVP", "RIEC's"),
        ("het RIEC", "LOVP", "RIEC's"),
        ("RIEC Limburg", "LOVP", "RIEC's"),
        ("bureau RIEC", "LOVP", "RIEC's"),
        ("de coördinator RIEC", "LOVP", "RIEC's"),
        ("Regionaal Informatie- en Expertisecentrum", "LOVP", "RIEC's"),
        ("het COA", "LOVP", "COA"),
        ("Centraal Orgaan opvang asielzoekers", "LOVP", "COA"),
        ("COA-locaties", "LOVP", "COA"),
        ("KMar", "LOVP", "Koninklijke Marechaussee"),
        ("KMAR", "LOVP", "Koninklijke Marechaussee"),
        ("de marechaussee", "LOVP", "Koninklijke Marechaussee"),
        ("Vereniging van Nederlandse Gemeenten", "LOVP", "VNG"),
        ("VNG-commissie Bestuur en Veiligheid", "LOVP", "VNG"),
        ("bureau regioburgemeesters", "LOVP", "Bureau Regioburgemeesters"),
        ("het beraad", "Veiligheidsberaad", "Veiligheidsberaad"),
        ("Artikel 19-overleg", "LOVP", "LOVP"),
        ("het volgende LOVP", "LOVP", "LOVP"),
        ("staatssecretaris van Justitie en Veiligheid", "LOVP", "staatssecretaris van Justitie en Veiligheid"),
        ("staatssecretaris (Asielzaken)", "LOVP", "staatssecretaris van Justitie en Veiligheid"),
        ("veiligheidsregio’s", "Veiligheidsberaad", "veiligheidsregio's"),
        ("veiligheidsregio Zeeland", "Veiligheidsberaad", "veiligheidsregio's"),
        ("RVC", "Regionaal Veiligheidscollege", "Regionaal Veiligheidscollege"),
        ("de stuurgroep", "Stuurgroep RIEC", "Stuurgroep RIEC"),
    ]

    @Test(arguments: cases.indices)
    func variantNamesItsParty(_ i: Int) throws {
        let c = Self.cases[i]
        let lex = try Scoring.lexicons()
        let toks = Tokenizer.tokens(c.variant)
        let ms = lex.compiled.parties.mentions(in: toks, body: c.body)
        #expect(ms.count == 1, "\(c.variant)")
        #expect(ms.first.map { $0.start == 0 && $0.end == toks.count } == true, "\(c.variant) not matched whole")
        let header = MeetingHeader(body: c.body, date: "2024-01-01", title: "", titleLine: nil, author: nil)
        let resolver = PartyResolver(lexicons: lex, header: header, itemText: "")
        #expect(ms.first.flatMap { resolver.resolve($0.target, antecedent: nil) } == c.party, "\(c.variant)")
    }
}
