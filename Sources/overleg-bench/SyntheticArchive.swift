import Foundation
import Minutes

/// A deterministic generator of synthetic minutes (issue 4 "Speed"): `meetings` files in the
/// LOVP feedback layout (a `## ` title line with the body and date, colon-headed agenda
/// items), each with `itemsPerMeeting` items of `followUpsPerItem` follow-up sentences
/// plus information sentences. The same seed gives byte-identical files. Text written for
/// the benchmark; parties are canonical names of PARTIES.md.
struct SyntheticArchive {
    var meetings: Int
    var itemsPerMeeting: Int
    var followUpsPerItem: Int
    var seed: UInt64 = 0x0F1E_2D3C_4B5A_6978

    /// SplitMix64: small, fast and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
    }

    static let bodies = [("Landelijk Overleg Veiligheid en Politie", "LOVP"), ("Veiligheidsberaad", "Veiligheidsberaad")]
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]
    static let titles = ["Informatiedeling", "Screening van ketenpartners/VOG", "Incidenten op COA-locaties",
                         "Sterkteverdeling politie", "Aanpak ondermijning", "Governance van het LOVP",
                         "Cybercrime", "Evenementen en openbare orde", "Jeugdcriminaliteit", "Crisisbeheersing"]
    /// (subject as written, verb singular/plural)
    /// (subject as written, verb, canonical party of PARTIES.md)
    static let subjects = [("De korpschef", "zal", "korpschef"), ("De regioburgemeesters", "zullen", "regioburgemeesters"),
                           ("De minister van Justitie en Veiligheid", "zal", "minister van Justitie en Veiligheid"),
                           ("Het OM", "zal", "Openbaar Ministerie"), ("Het COA", "zal", "COA"), ("De politie", "zal", "politie"),
                           ("De gemeenten", "zullen", "gemeenten"), ("De VNG", "zal", "VNG"),
                           ("Het Veiligheidsberaad", "zal", "Veiligheidsberaad")]
    /// Deadline phrases and the month-day they resolve to in the meeting's year (ANNOTATION.md conventions).
    static let dueDays = ["eind mei": "05-31", "voor de zomer": "06-21", "in het najaar": "11-30",
                          "eind december": "12-31", "medio maart": "03-15", "voor 1 oktober": "10-01"]
    static let deadlines = ["eind mei", "voor de zomer", "in het najaar", "eind december", "medio maart", "voor 1 oktober", ""]
    static let actions = ["een voorstel uitwerken over", "een notitie opstellen over", "rapporteren over",
                          "een evaluatie sturen over", "een plan van aanpak maken voor", "de Tweede Kamer informeren over"]
    static let topics = ["de informatiedeling", "de screening van medewerkers", "de beveiliging van locaties",
                         "de inzet van agenten", "het afpakken van crimineel vermogen", "de agenda van het overleg"]

    /// The file name, text and structured form of meeting `index` (0-based). The structured
    /// form is what a perfect extractor would read from the text (keys by `StableKey`).
    func meeting(_ index: Int) -> (name: String, text: String, meeting: Meeting) {
        var rng = Random(state: seed ^ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        let (bodyName, short) = Self.bodies[index % Self.bodies.count]
        // Distinct dates per body: one meeting a week from 2000-01-03 on.
        let (y, m, d) = Self.civilDate(daysAfter2000_01_03: 7 * (index / Self.bodies.count) + index % Self.bodies.count)
        let iso = String(format: "%04d-%02d-%02d", y, m, d)
        var text = "## Bestuurlijke terugkoppeling \(bodyName) d.d. \(d) \(Self.months[m - 1]) \(y)\n\n"
        // An opening item first: the reader takes a first paragraph that only reports talks
        // as an intro, as minutes often have.
        text += "Opening: De voorzitter opent de vergadering.\n\n"
        var items = [AgendaItem(id: StableKey.item(body: short, date: iso, title: "Opening"), title: "Opening", topics: ["overig"],
                                lines: LineRange(3, 3), text: "De voorzitter opent de vergadering.")]
        var line = 5
        for item in 0..<itemsPerMeeting {
            let title = Self.titles[(item + index) % Self.titles.count] + " \(item + 1)"
            var paragraph = title + ": Er is gesproken over de stand van zaken van dossier \(index + 1)-\(item + 1). "
            var followUps: [FollowUp] = []
            for f in 0..<followUpsPerItem {
                let (subject, verb, party) = rng.pick(Self.subjects)
                let deadline = rng.pick(Self.deadlines)
                let when = deadline.isEmpty ? "" : " \(deadline)"
                let sentence = "\(subject) \(verb)\(when) \(rng.pick(Self.actions)) \(rng.pick(Self.topics)) in dossier \(index + 1)-\(item + 1)-\(f + 1)."
                paragraph += sentence + " "
                followUps.append(FollowUp(id: StableKey.followUp(body: short, date: iso, text: sentence), text: sentence,
                                          parties: [party], due: Self.dueDays[deadline].map { "\(y)-\($0)" },
                                          dueText: deadline.isEmpty ? nil : deadline, lines: LineRange(line, line)))
            }
            let body = paragraph.trimmingCharacters(in: .whitespaces)
            text += body + "\n\n"
            items.append(AgendaItem(id: StableKey.item(body: short, date: iso, title: title), title: title,
                                    topics: [Self.topicIDs[(item + index) % Self.topicIDs.count]], lines: LineRange(line, line),
                                    text: body, followUps: followUps))
            line += 2
        }
        let name = String(format: "%@-%04d-%02d-%02d.txt", short.lowercased(), y, m, d)
        let meeting = Meeting(body: short, date: iso, title: "Bestuurlijke terugkoppeling \(bodyName) d.d. \(d) \(Self.months[m - 1]) \(y)",
                              source: name, sourceHash: StableKey.contentHash(Data(text.utf8)), text: text, items: items)
        return (name, text, meeting)
    }

    static let topicIDs = ["ondermijning", "screening-vog", "coa-incidenten", "governance", "ondermijning",
                           "governance", "overig", "overig", "overig", "governance"]

    /// The proleptic Gregorian date `days` after 2000-01-03 (no Foundation calendar needed).
    static func civilDate(daysAfter2000_01_03 days: Int) -> (Int, Int, Int) {
        var (y, m, d) = (2000, 1, 3 + days)
        while true {
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
            let len = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            if d <= len { return (y, m, d) }
            d -= len
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
    }
}
