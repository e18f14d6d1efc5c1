import Foundation
import Testing
import Minutes

/// The extraction scored against gold annotations with the matching rules of
/// ../shared/tools/score-extraction, failing below the bounds of issue 3.
@Suite struct ScoringTests {
    static func check(_ t: ScoreTally) {
        let report = t.row + "\n" + t.misses.joined(separator: "\n")
        #expect(t.followUpF1 >= 0.9, "\(report)")
        #expect(t.party >= 0.9, "\(report)")
        #expect(t.due >= 0.9, "\(report)")
        #expect(t.topic >= 0.9, "\(report)")
        #expect(t.decisionF1 >= 0.85, "\(report)")
        #expect(t.meta == 1.0, "\(report)")
    }

    /// At least ten documents written for the project (Tests/MinutesTests/Fixtures/own).
    @Test func projectMinutesMeetTheBounds() throws {
        let (total, files) = try Scoring.scoreFolder(TestPaths.ownMinutes)
        print("project minutes (\(files) files): \(total.row)")
        #expect(files >= 10)
        #expect(total.fuGold >= 40)
        Self.check(total)
    }

    @Test(.enabled(if: TestPaths.corpusExists, "../shared/corpus is not beside the package: handed corpus not scored"))
    func handedCorpusMeetsTheBounds() throws {
        let (total, files) = try Scoring.scoreFolder(TestPaths.corpus)
        print("handed corpus (\(files) files): \(total.row)")
        #expect(files >= 5)
        Self.check(total)
    }

    /// The scorer itself: a quote is found across a hyphenated line break and with typographic quotes.
    @Test func normalisationMatchesTheScoringTool() {
        #expect(Scoring.norm("actiepro-\n  gramma  van  ’t RIEC") == "actieprogramma van 't riec")
        #expect(Scoring.match(["het RIEC stelt"], ["Dan: Het  RIEC\nstelt iets op."]).count == 1)
        #expect(Scoring.match(["a b c"], ["x y"]).isEmpty)
    }
}
