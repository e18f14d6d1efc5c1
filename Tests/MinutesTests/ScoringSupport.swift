import Foundation
import Minutes
import OverlegResources

/// A gold annotation (`*.gold.json`, schema of ../shared/corpus/ANNOTATION.md §8).
struct GoldFile: Decodable {
    struct Meeting: Decodable { var body: String; var date: String; var title: String }
    struct Item: Decodable {
        var title: String
        var topics: [String]
        var followUps: [FollowUp]
        var decisions: [Quote]
    }
    struct FollowUp: Decodable { var quote: String; var parties: [String]; var due: String?; var dueText: String? }
    struct Quote: Decodable { var quote: String }
    var meeting: Meeting
    var items: [Item]
}

/// Counts of one scored file (or a total), with the same matching rules as
/// ../shared/tools/score-extraction: a gold quote is found in the first unused produced text
/// that contains it after normalisation (case, white space, hyphenation, quotes).
struct ScoreTally {
    var fuTP = 0, fuProduced = 0, fuGold = 0
    var partyOK = 0, dueOK = 0
    var topicOK = 0, topicN = 0
    var decTP = 0, decProduced = 0, decGold = 0
    var metaOK = 0, metaN = 0
    var misses: [String] = []

    static func + (a: ScoreTally, b: ScoreTally) -> ScoreTally {
        var t = a
        t.fuTP += b.fuTP; t.fuProduced += b.fuProduced; t.fuGold += b.fuGold
        t.partyOK += b.partyOK; t.dueOK += b.dueOK
        t.topicOK += b.topicOK; t.topicN += b.topicN
        t.decTP += b.decTP; t.decProduced += b.decProduced; t.decGold += b.decGold
        t.metaOK += b.metaOK; t.metaN += b.metaN
        t.misses += b.misses
        return t
    }

    static func f1(_ tp: Int, _ produced: Int, _ gold: Int) -> Double {
        let p = produced > 0 ? Double(tp) / Double(produced) : (gold == 0 ? 1 : 0)
        let r = gold > 0 ? Double(tp) / Double(gold) : 1
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    var followUpF1: Double { Self.f1(fuTP, fuProduced, fuGold) }
    var party: Double { fuTP > 0 ? Double(partyOK) / Double(fuTP) : 0 }
    var due: Double { fuTP > 0 ? Double(dueOK) / Double(fuTP) : 0 }
    var topic: Double { topicN > 0 ? Double(topicOK) / Double(topicN) : 1 }
    var decisionF1: Double { Self.f1(decTP, decProduced, decGold) }
    var meta: Double { metaN > 0 ? Double(metaOK) / Double(metaN) : 1 }

    var row: String {
        String(format: "F1 %.2f party %.2f due %.2f topic %.2f decF1 %.2f meta %.2f (%d/%d found, %d extra)",
               followUpF1, party, due, topic, decisionF1, meta, fuTP, fuGold, fuProduced - fuTP)
    }
}

enum Scoring {
    /// `norm` of score-extraction.
    static func norm(_ s: String?) -> String {
        var t = (s ?? "").precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{00AD}", with: "")
        t = t.replacingOccurrences(of: #"(\w)-\s*\n\s*(\w)"#, with: "$1$2", options: .regularExpression)
        t = t.replacingOccurrences(of: "[\u{2018}\u{2019}\u{201A}\u{201B}`\u{00B4}]", with: "'", options: .regularExpression)
        t = t.replacingOccurrences(of: "[\u{201C}\u{201D}\u{201E}\u{201F}]", with: "\"", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return t.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func normSet(_ names: [String]) -> [String] { Array(Set(names.map { norm($0) })).sorted() }

    /// Greedy one-to-one matching: (gold index, produced index).
    static func match(_ gold: [String], _ produced: [String]) -> [(Int, Int)] {
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        let prod = produced.map { norm($0) }
        for (gi, q) in gold.enumerated() {
            let nq = norm(q)
            if let pi = prod.indices.first(where: { !used.contains($0) && !nq.isEmpty && prod[$0].contains(nq) }) {
                used.insert(pi)
                pairs.append((gi, pi))
            }
        }
        return pairs
    }

    static func score(gold: GoldFile, meeting m: Meeting, name: String) -> ScoreTally {
        var t = ScoreTally()
        t.metaN = 2
        t.metaOK = (m.date == gold.meeting.date ? 1 : 0) + (norm(m.body) == norm(gold.meeting.body) ? 1 : 0)
        if m.date != gold.meeting.date { t.misses.append("\(name): date \(m.date) != \(gold.meeting.date)") }
        if norm(m.body) != norm(gold.meeting.body) { t.misses.append("\(name): body \(m.body) != \(gold.meeting.body)") }
        let gFus = gold.items.flatMap(\.followUps)
        let pFus = m.items.flatMap(\.followUps)
        let pairs = match(gFus.map(\.quote), pFus.map(\.text))
        t.fuTP = pairs.count; t.fuProduced = pFus.count; t.fuGold = gFus.count
        let found = Set(pairs.map(\.0)), answered = Set(pairs.map(\.1))
        for (i, g) in gFus.enumerated() where !found.contains(i) { t.misses.append("\(name): missed follow-up \(g.quote)") }
        for (i, p) in pFus.enumerated() where !answered.contains(i) { t.misses.append("\(name): extra follow-up \(p.text)") }
        for (gi, pi) in pairs {
            let g = gFus[gi], p = pFus[pi]
            if normSet(g.parties) == normSet(p.parties) { t.partyOK += 1 } else {
                t.misses.append("\(name): parties \(p.parties) != \(g.parties) for \(g.quote)")
            }
            if g.due == p.due { t.dueOK += 1 } else { t.misses.append("\(name): due \(p.due ?? "nil") != \(g.due ?? "nil") for \(g.quote)") }
        }
        for g in gold.items {
            let gt = norm(g.title)
            guard let cand = m.items.first(where: { !gt.isEmpty && (norm($0.title) == gt || norm($0.title).contains(gt)) }) else { continue }
            t.topicN += 1
            if normSet(g.topics) == normSet(cand.topics) { t.topicOK += 1 } else {
                t.misses.append("\(name): topics \(cand.topics) != \(g.topics) for \(g.title)")
            }
        }
        let gDec = gold.items.flatMap(\.decisions).map(\.quote)
        let pDec = m.items.flatMap(\.decisions).map(\.text)
        t.decTP = match(gDec, pDec).count; t.decProduced = pDec.count; t.decGold = gDec.count
        return t
    }

    /// The embedded lexicons.
    static func lexicons() throws -> Lexicons {
        try Lexicons(topics: EmbeddedResources.topicsJSON, parties: EmbeddedResources.partiesJSON,
                     statements: EmbeddedResources.statementsJSON, bodies: EmbeddedResources.bodiesJSON)
    }

    /// Scores every document in `folder` that has a `.gold.json` beside it.
    static func scoreFolder(_ folder: URL) throws -> (total: ScoreTally, files: Int) {
        let lex = try lexicons()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var total = ScoreTally()
        var files = 0
        for name in names where !name.hasSuffix(".json") && !name.hasPrefix(".") {
            let base = (name as NSString).deletingPathExtension
            let goldURL = folder.appendingPathComponent(base + ".gold.json")
            guard let goldData = try? Data(contentsOf: goldURL) else { continue }
            let gold = try JSONDecoder().decode(GoldFile.self, from: goldData)
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let meeting = try MinutesReader.read(data, fileName: name, lexicons: lex)
            total = total + score(gold: gold, meeting: meeting, name: name)
            files += 1
        }
        return (total, files)
    }
}

/// Where the test files are.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let ownMinutes = testsFolder.appendingPathComponent("Fixtures/own")
    static let corpus = testsFolder.appendingPathComponent("../../../shared/corpus").standardized
    static var corpusExists: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("lovp-2017-04-10.txt").path)
    }
}
