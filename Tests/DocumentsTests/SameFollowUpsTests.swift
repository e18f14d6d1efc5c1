import Foundation
import Minutes
import OverlegResources
import Testing
@testable import Documents

/// Issue 3 "Done when": a .docx and a .pdf made from one of the project's minutes give the
/// same follow-ups (sentence, parties, deadline) and decisions as its text.
@Suite struct SameFollowUpsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../MinutesTests/Fixtures").standardized

    struct Found: Equatable, CustomStringConvertible {
        var followUps: [String]
        var decisions: [String]
        var description: String { (followUps + decisions).joined(separator: "\n") }
    }

    /// Follow-ups as "sentence | parties | due" and decisions as sentences, white space
    /// normalised (a PDF wraps lines, so only line numbers may differ).
    static func found(_ url: URL) throws -> Found {
        let lexicons = try Lexicons(topics: EmbeddedResources.topicsJSON, parties: EmbeddedResources.partiesJSON,
                                    statements: EmbeddedResources.statementsJSON, bodies: EmbeddedResources.bodiesJSON)
        let meeting = try MinutesReader.read(DocumentText.read(url), fileName: url.lastPathComponent, lexicons: lexicons)
        func squash(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return Found(
            followUps: meeting.items.flatMap(\.followUps).map {
                "\(squash($0.text)) | \($0.parties.joined(separator: ", ")) | \($0.due ?? "-")"
            },
            decisions: meeting.items.flatMap(\.decisions).map { squash($0.text) })
    }

    static func source(_ name: String) throws -> URL {
        let own = fixtures.appendingPathComponent("own")
        for ext in ["txt", "md"] {
            let url = own.appendingPathComponent("\(name).\(ext)")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw DocumentError(file: own.appendingPathComponent(name).path, message: "no .txt or .md source")
    }

    @Test(arguments: ["own-01-lovp-terugkoppeling", "own-13-lovp-terugkoppeling"])
    func docxGivesTheSameAsText(_ name: String) throws {
        let text = try Self.found(Self.source(name))
        #expect(text.followUps.count >= 3)
        let docx = try Self.found(Self.fixtures.appendingPathComponent("formats/\(name).docx"))
        #expect(docx == text)
    }

    @Test(.enabled(if: PDFText.findTool() != nil, "pdftotext (poppler-utils) is not installed"),
          arguments: ["own-01-lovp-terugkoppeling", "own-13-lovp-terugkoppeling"])
    func pdfGivesTheSameAsText(_ name: String) throws {
        let text = try Self.found(Self.source(name))
        let pdf = try Self.found(Self.fixtures.appendingPathComponent("formats/\(name).pdf"))
        #expect(pdf == text)
    }
}
