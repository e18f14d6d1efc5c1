import Foundation
import Testing
@testable import Minutes

/// Properties on generated input (a fixed-seed generator, so failures repeat): no crash, `dueText` is a
/// substring of the sentence without `nog`/`vervolgens`, `due` is ISO, and cleaned line numbers stay in order.
@Suite struct DeadlinePropertyTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let vocabulary = [
        "uiterlijk", "vóór", "voor", "in", "op", "per", "na", "binnen", "over", "eind", "begin", "medio", "half", "de", "het",
        "van", "volgende", "komende", "dit", "deze", "jaar", "week", "maand", "kwartaal", "zomer", "najaar", "voorjaar",
        "mei", "Juni", "dec.", "mrt", "Q3", "eerste", "tweede", "1", "12", "31", "2024", "96", "-", "/", ".", ",", "(", ")",
        "1-11-2019", "01/11/19", "2019-11-01", "maandag", "vr.", "zodra", "niet", "tot", "jl.", "nog", "vervolgens", "LOVP",
        "vergadering", "loop", "ten", "laatste", "zo", "snel", "mogelijk", "3e", "18de", "’", "é", "\u{0301}",
    ]

    @Test func resolverOnGeneratedSentences() {
        var g = Generator(state: 20231009)
        for _ in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "") ?? 3000) {
            let words = (0..<(1 + g.next(12))).map { _ in Self.vocabulary[g.next(Self.vocabulary.count)] }
            let sentence = words.joined(separator: g.next(4) == 0 ? "" : " ")
            _ = DutchDates.explicitDates(in: sentence, reference: "2023-10-09")
            guard let found = DeadlineResolver.find(in: sentence, meetingDate: "2023-10-09") else { continue }
            #expect(sentence.contains(found.dueText), "\(sentence)")
            #expect(!found.dueText.lowercased().hasPrefix("nog ") && !found.dueText.lowercased().hasPrefix("vervolgens "), "\(sentence)")
            if let due = found.due { #expect(CivilDate(iso: due)?.iso == due, "\(sentence)") }
        }
    }

    @Test func cleanerOnGeneratedText() {
        var g = Generator(state: 17)
        let pieces = ["actiepro-", "gramma.", "- 2 -", "\u{0C}", "", "Kop LOVP", "Oost-", "Brabant", "wet-", "en regels", "2", "  scan", "Pagina 1 van 2", "-"]
        for _ in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "") ?? 500) {
            let lines = (0..<(1 + g.next(30))).map { _ in pieces[g.next(pieces.count)] }
            let cleaned = LineCleaner.clean(lines.joined(separator: "\n"))
            let numbers = cleaned.map(\.number)
            #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
            #expect(numbers.allSatisfy { $0 >= 1 && $0 <= lines.count })
            #expect(!cleaned.contains { $0.text.contains("\u{0C}") })
        }
    }
}
