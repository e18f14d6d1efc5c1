import Dashboard
import Foundation
import Testing

/// Data written for the tests, shaped like the LOVP feedback of 10 April 2017
/// (items, topics, parties and deadlines as its gold annotation gives them).
enum Seed {
    static let file = "lovp-2017-04-10.txt"

    static func item(_ key: String, _ title: String, _ topics: [String], _ line: Int) -> DashboardData.Item {
        DashboardData.Item(key: key, meeting: 0, title: title, topics: topics, lines: LineSpan(line, line),
                           sourceFile: file)
    }

    static func fu(_ key: String, _ item: String, _ text: String, _ parties: [String], due: String? = nil,
                   dueText: String? = nil, line: Int, status: FollowUpStatus = .open) -> DashboardData.FollowUp {
        DashboardData.FollowUp(key: key, shortID: String(key.prefix(4)), itemKey: item, text: text, parties: parties,
                               due: due, dueText: dueText, status: status, lines: LineSpan(line, line))
    }

    static let informatiedeling = "Er komt een pressure cooker bijeenkomst waar medewerkers van gemeenten en van V&J op het domein van ondermijning samen in kaart zullen brengen waar informatiedeling niet kan en hoe dat kan worden opgelost. Eind mei zal er vervolgens een bestuurlijk overleg worden gepland tussen de minister en de portefeuillehouders van de regioburgemeesters om de uitkomsten en de verdere stappen te bespreken. Hier zal ook besproken worden wat het onderwerp is dat vervolgens wordt opgepakt."

    static let governance = "De burgemeesters hebben aangegeven dat ze graag meer meegenomen willen worden in het proces om te komen tot meer lokaal maatwerk. De korpschef is bezig met een ronde langs de eenheden over dit onderwerp en zal na de zomer in het LOVP met de burgemeesters bespreken waar deze gesprekken toe leiden."

    static func data(demo: Bool = false) -> DashboardData {
        let items = [
            item("wet", "Wetswijziging art. 4 Politiewet", ["governance"], 7),
            item("info", "Informatiedeling", ["ondermijning"], 9),
            item("inv", "Investeringsagenda/formatie", ["overig"], 11),
            item("wetgeving", "Inventarisatie behoefte wet- en regelgeving", ["ondermijning"], 13),
            item("vog", "Screening van ketenpartners/VOG", ["screening-vog", "ondermijning"], 17),
            item("coa", "Incidenten overzicht COA locaties", ["coa-incidenten"], 21),
            item("strat", "Strategische toekomstagenda van de politie", ["governance"], 27),
            item("gov", "Governance politie", ["governance"], 29),
        ]
        let fus = [
            fu("f-wet", "wet", "De minister zal nog terugkomen op het verdere proces met het wetsvoorstel.",
               ["minister van Defensie"], line: 7),
            fu("f-cooker", "info", "Er komt een pressure cooker bijeenkomst waar medewerkers van gemeenten en van V&J op het domein van ondermijning samen in kaart zullen brengen waar informatiedeling niet kan en hoe dat kan worden opgelost.",
               ["gemeenten", "minister van Justitie en Veiligheid"], line: 9),
            fu("f-overleg", "info", "Eind mei zal er vervolgens een bestuurlijk overleg worden gepland tussen de minister en de portefeuillehouders van de regioburgemeesters om de uitkomsten en de verdere stappen te bespreken.",
               ["minister van Justitie en Veiligheid", "regioburgemeesters"], due: "2017-05-31", dueText: "Eind mei", line: 9),
            fu("f-lijst", "wetgeving", "De regioburgemeesters zullen een lijst met voorstellen aanleveren.",
               ["regioburgemeesters"], line: 13),
            fu("f-agenda", "vog", "Het onderwerp komt terug op de agenda.", ["LOVP"], line: 19),
            fu("f-gesprek", "strat", "Er zullen door politie individuele gesprekken gevoerd worden met burgemeesters.",
               ["politie"], line: 27, status: .done),
            fu("f-korpschef", "gov", "De korpschef is bezig met een ronde langs de eenheden over dit onderwerp en zal na de zomer in het LOVP met de burgemeesters bespreken waar deze gesprekken toe leiden.",
               ["korpschef"], due: "2017-09-30", dueText: "na de zomer", line: 29),
        ]
        return DashboardData(
            meetings: [.init(body: "LOVP", date: "2017-04-10", title: "Bestuurlijke terugkoppeling", isDemo: demo)],
            items: items, followUps: fus, isDemo: demo,
            itemText: ["info": informatiedeling, "gov": governance])
    }

    static func state(_ w: Int = 80, _ h: Int = 24, lang: Language = .nl, today: String? = "2017-06-15",
                      data: DashboardData = Seed.data()) -> DashboardState {
        DashboardState(data: data, options: DashboardOptions(language: lang, today: today, width: w, height: h))
    }
}

/// Feed a key script to the state; returns every effect in order.
@discardableResult
func press(_ state: inout DashboardState, _ script: String) throws -> [Effect] {
    var effects: [Effect] = []
    for k in try KeyScript.parse(script) { effects += update(&state, .key(k)) }
    return effects
}

/// The frame as text (trailing blanks trimmed), as `overleg render` prints it.
func frame(_ state: DashboardState) -> String { render(state).text }

/// The row of the frame that contains `needle`, or nil.
func line(_ state: DashboardState, containing needle: String) -> String? {
    render(state).lines.first { $0.contains(needle) }
}
