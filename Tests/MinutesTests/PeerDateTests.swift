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
        // The date alone, as in a table cell.
        let cell = DutchDates.explicitDates(in: row.expression, reference: row.reference)
        #expect(cell.map(\.iso) == [row.expected])
    }
}
