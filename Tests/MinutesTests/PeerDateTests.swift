import Foundation
import Testing
@testable import Minutes

/// `../shared/corpus/dutch-dates-peer-cases.tsv` (issue 3 "Deadlines"): each absolute date expression a
/// peer's test suite knows, placed in a follow-up of a meeting held on the reference date, must resolve
/// to the peer's expected date. Skipped with a message when the corpus is not beside the package.
@Suite struct PeerDateTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var expression: String
        var reference: String
        var expected: String
        var testDescription: String { "\(expression) @ \(reference)" }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/dutch-dates-peer-cases.tsv").standardized

    static var rows: [Row] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { return nil }
            return Row(expression: columns[0], reference: String(columns[1].prefix(10)), expected: columns[2])
        }
    }

    @Test func fileIsPresentOrSkipped() {
        guard FileManager.default.fileExists(atPath: Self.file.path) else {
            print("skipped: \(Self.file.path) not present")
            return
        }
        #expect(Self.rows.count >= 30)
    }

    @Test(arguments: rows) func rowResolvesInAFollowUp(_ row: Row) {
        // A past date counts with a deadline word (`uiterlijk`, `ten laatste`); alone it would be a reference.
        let sentences = [
            "De korpschef zal uiterlijk \(row.expression) een voorstel doen.",
            "Actie: het secretariaat stuurt de reactie ten laatste op \(row.expression) aan de minister.",
        ]
        let first = DeadlineResolver.find(in: sentences[0], meetingDate: row.reference)
        #expect(first?.due == row.expected)
        #expect(first?.dueText == "uiterlijk \(row.expression)")
        let second = DeadlineResolver.find(in: sentences[1], meetingDate: row.reference)
        #expect(second?.due == row.expected)
        #expect(second?.dueText == "ten laatste op \(row.expression)")
        // `vóór <datum>` is the day before (ANNOTATION.md §7), in every written form.
        let before = DeadlineResolver.find(in: "Het bureau levert het advies vóór \(row.expression) aan.", meetingDate: row.reference)
        #expect(before?.due == CivilDate(iso: row.expected)?.adding(days: -1).iso)
        // The date alone, as in a table cell (`Wanneer`), for the resolver and for `DutchDates`.
        #expect(DeadlineResolver.find(in: row.expression, meetingDate: row.reference) == Deadline(due: row.expected, dueText: row.expression))
        let cell = DutchDates.explicitDates(in: row.expression, reference: row.reference)
        #expect(cell.map(\.iso) == [row.expected])
    }
}

/// `DutchDates.explicitDates` on header lines and on text that only looks like a date.
@Suite struct PeerDateFormsTests {
    @Test func everyWrittenForm() {
        let cases: [(String, String?, [String], [String])] = [
            ("Landelijk Overleg Veiligheid en Politie d.d. 10 april 2017", nil, ["2017-04-10"], ["10 april 2017"]),
            ("Vergadering van maandag 9 oktober 2023, Utrecht", nil, ["2023-10-09"], ["maandag 9 oktober 2023"]),
            ("Datum: donderdag 21 maart 2024", nil, ["2024-03-21"], ["donderdag 21 maart 2024"]),
            ("vóór 1 nov. en op 3 mrt", "2019-06-17", ["2019-11-01", "2019-03-03"], ["1 nov.", "3 mrt"]),
            ("1-11-2019, 01/11/19, 1.11.2019 en 2019-11-01", nil, ["2019-11-01", "2019-11-01", "2019-11-01", "2019-11-01"],
             ["1-11-2019", "01/11/19", "1.11.2019", "2019-11-01"]),
            ("op di. 5 nov. 2019 om 10.00 uur", nil, ["2019-11-05"], ["di. 5 nov. 2019"]),
            ("LOVP van 27 september jl.", "2021-10-05", ["2021-09-27"], ["27 september"]),
            ("zonder jaar: 27 september", nil, [], []),
        ]
        for (text, reference, isos, written) in cases {
            let found = DutchDates.explicitDates(in: text, reference: reference)
            #expect(found.map(\.iso) == isos, "\(text)")
            #expect(found.map { String(text[$0.range]) } == written, "\(text)")
        }
    }

    @Test func numbersThatAreNotDates() {
        for text in ["Jaarwisseling 2023-2024", "om 17.40 uur", "20220704.3 Besluit", "zie paragraaf 2.3.1", "24/7 bereikbaar",
                     "31 februari 2023", "13/13/2013", "art. 4 Politiewet", "112", "10-12 gemeenten", "1.2.3.2019"] {
            #expect(DutchDates.explicitDates(in: text, reference: "2023-10-09").isEmpty, "\(text)")
        }
    }
}
