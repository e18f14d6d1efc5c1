import Foundation
import Testing
@testable import Minutes

/// The deadlines of the handed corpus: for every gold follow-up, the sentence that holds its quote
/// (read through `TextDecoding` and `LineCleaner`) resolves to the gold `due` and `dueText`.
/// Skipped with a message when `../shared/corpus` is not beside the package.
@Suite struct DeadlineCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus").standardized

    struct Gold: Decodable {
        struct Meeting: Decodable { var date: String }
        struct Item: Decodable { var followUps: [FollowUp] }
        struct FollowUp: Decodable { var quote: String; var due: String?; var dueText: String? }
        var meeting: Meeting
        var items: [Item]
    }

    /// Paragraph sentences: lines joined within a paragraph (blank line, bullet or label starts a new one),
    /// split after `.`, `!` or `?` before a capital. Good enough to find a quote's sentence in a test.
    static func sentences(_ lines: [SourceLine]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            let startsNew = text.isEmpty || text.hasPrefix("- ") || text.hasPrefix("#") || text.first?.isNumber == true
                || text.range(of: #"^[A-Z][a-z]+:"#, options: .regularExpression) != nil
            if startsNew, !current.isEmpty { paragraphs.append(current); current = "" }
            current += current.isEmpty ? text : " " + text
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.flatMap { p in
            p.replacingOccurrences(of: #"([.!?]) (?=[A-Z])"#, with: "$1\n", options: .regularExpression)
                .split(separator: "\n").map(String.init)
        }
    }

    @Test func goldDeadlinesResolve() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path) else {
            print("skipped: \(Self.corpus.path) not present")
            return
        }
        var checked = 0
        for name in names.sorted() where name.hasSuffix(".gold.json") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            let textURL = Self.corpus.appendingPathComponent(name.replacingOccurrences(of: ".gold.json", with: ".txt"))
            let lines = LineCleaner.clean(try TextDecoding.decode(Data(contentsOf: textURL), fileName: textURL.lastPathComponent))
            let all = Self.sentences(lines)
            for followUp in gold.items.flatMap(\.followUps) {
                let sentence = try #require(all.first { $0.contains(followUp.quote) }, "\(name): \(followUp.quote)")
                let found = DeadlineResolver.find(in: sentence, meetingDate: gold.meeting.date)
                #expect(found?.due == followUp.due, "\(name): \(sentence)")
                #expect(found?.dueText == followUp.dueText, "\(name): \(sentence)")
                checked += 1
            }
        }
        #expect(checked >= 30)
    }
}
