import Foundation
import Minutes
@testable import Store

/// A fresh store in a new temporary folder per test; the folder is removed when the value
/// is released... by the test calling `cleanup()`.
struct TempStore {
    let folder: URL
    let path: String
    let store: OverlegStore

    init(busyTimeout: TimeInterval = 5) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("sub/overleg.sqlite").path
        store = try OverlegStore(path: path, busyTimeout: busyTimeout)
    }

    func reopen(busyTimeout: TimeInterval = 5) throws -> OverlegStore {
        try OverlegStore(path: path, busyTimeout: busyTimeout)
    }

    func cleanup() { try? FileManager.default.removeItem(at: folder) }
}

/// Builds meetings by hand with real stable keys (as the extractor makes them).
enum Fixture {
    struct FU {
        var text: String
        var parties: [String] = []
        var due: String? = nil
        var dueText: String? = nil
        var line: Int = 1
    }

    static func item(_ body: String, _ date: String, _ title: String, topics: [String], text: String? = nil,
                     followUps: [FU], decisions: [String] = [], line: Int = 1) -> AgendaItem {
        AgendaItem(
            id: StableKey.item(body: body, date: date, title: title), title: title, topics: topics,
            lines: LineRange(line, line + 2), text: text ?? followUps.map(\.text).joined(separator: " "),
            followUps: followUps.map {
                FollowUp(id: StableKey.followUp(body: body, date: date, text: $0.text), text: $0.text,
                         parties: $0.parties, due: $0.due, dueText: $0.dueText, lines: LineRange($0.line, $0.line))
            },
            decisions: decisions.enumerated().map {
                Decision(id: StableKey.decision(body: body, date: date, text: $0.element), text: $0.element,
                         lines: LineRange(line + 1 + $0.offset, line + 1 + $0.offset))
            })
    }

    static func meeting(_ body: String = "LOVP", _ date: String = "2017-04-10", source: String = "lovp.txt",
                        items: [AgendaItem]) -> Meeting {
        let text = items.map { $0.title + ": " + $0.text }.joined(separator: "\n")
        return Meeting(body: body, date: date, title: "\(body) \(date)", source: source,
                       sourceHash: StableKey.contentHash(Data(text.utf8)), text: text, items: items)
    }

    /// The LOVP-like sample: three items, four follow-ups, one decision.
    static func lovp(revised: Bool = false) -> Meeting {
        let b = "LOVP", d = "2017-04-10"
        return meeting(b, d, items: [
            item(b, d, "Informatiedeling", topics: ["ondermijning"], followUps: [
                FU(text: "De regioburgemeesters zullen eind mei een voorstel doen over informatiedeling.",
                   parties: ["regioburgemeesters"], due: "2017-05-31", dueText: "eind mei", line: 9),
                FU(text: revised
                   ? "De minister zal voor de zomer de Tweede Kamer per brief informeren over het convenant."
                   : "De minister zal voor de zomer de Tweede Kamer informeren over het convenant.",
                   parties: ["minister van Justitie en Veiligheid"], due: "2017-06-21", dueText: "voor de zomer", line: 10),
            ], decisions: ["Het convenant is vastgesteld."], line: 9),
            item(b, d, "Screening", topics: ["screening-vog"], followUps: [
                FU(text: "De korpschef zal de screening van BOA's uitwerken.", parties: ["korpschef"], line: 14),
            ], line: 14),
            item(b, d, "COA-locaties", topics: ["coa-incidenten", "governance"], followUps: revised ? [
                FU(text: "Er komt een landelijk beeld van incidenten op \"COA-locaties\" (NEAR de azc's).", parties: ["COA"], line: 18),
            ] : [
                FU(text: "Er komt een landelijk beeld van incidenten op \"COA-locaties\" (NEAR de azc's).", parties: ["COA"], line: 18),
                FU(text: "Het COA zal in juni rapporteren over de beveiliging.", parties: ["COA"], due: "2017-06-30",
                   dueText: "in juni", line: 19),
            ], line: 18),
        ])
    }
}
