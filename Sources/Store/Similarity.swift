import Foundation
import Minutes

/// Similarity of two follow-up sentences, to carry owned state over to a lightly edited
/// sentence in a revised file (issue 4 "Import many"): the Dice coefficient of their word
/// multisets after `StableKey.normalise`, from 0 (nothing shared) to 1 (same words).
enum Similarity {
    /// Two sentences at or above this score are taken as the same follow-up.
    static let threshold = 0.75

    static func words(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        let normal = StableKey.normalise(text)
        for word in normal.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            counts[String(word), default: 0] += 1
        }
        return counts
    }

    static func score(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var shared = 0
        for (word, n) in a { shared += min(n, b[word] ?? 0) }
        return Double(2 * shared) / Double(total)
    }

    /// Pairs each old sentence with the most similar unclaimed new sentence scoring at least
    /// `threshold`, best pairs first. Returns old key -> new key.
    static func match(old: [(key: String, text: String)], new: [(key: String, text: String)]) -> [String: String] {
        let newWords = new.map { ($0.key, words($0.text)) }
        var candidates: [(score: Double, old: String, new: String)] = []
        for o in old {
            let ow = words(o.text)
            for (nk, nw) in newWords {
                let s = score(ow, nw)
                if s >= threshold { candidates.append((s, o.key, nk)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old, $0.new) < ($1.old, $1.new) }
        var result: [String: String] = [:]
        var claimed: Set<String> = []
        for c in candidates where result[c.old] == nil && !claimed.contains(c.new) {
            result[c.old] = c.new
            claimed.insert(c.new)
        }
        return result
    }
}
