import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Automatic list numbers of a .docx (`word/numbering.xml`): turns a paragraph's `w:numId`/`w:ilvl`
/// into the marker Word shows (`1. `, `a) `, `- ` for bullets), so numbered agenda items keep their numbers.
struct DocxNumbering {
    struct Level { var format = "decimal"; var text = "%1."; var start = 1 }
    private var abstractLevels: [String: [Int: Level]] = [:]
    private var abstractOfNum: [String: String] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(xml: Data) {
        let reader = Reader()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        if parser.parse() {
            abstractLevels = reader.abstractLevels
            abstractOfNum = reader.abstractOfNum
        }
    }

    /// The marker for the next paragraph of list `numId` at `level`, counting as Word does; nil when not a list.
    mutating func marker(numId: String?, level: Int) -> String? {
        guard let numId, numId != "0" else { return nil }
        let levels = abstractOfNum[numId].flatMap { abstractLevels[$0] } ?? [:]
        let spec = levels[level] ?? Level()
        if spec.format == "bullet" { return "- " }
        if spec.format == "none" { return nil }
        var counts = counters[numId] ?? [:]
        counts[level] = (counts[level] ?? (spec.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[numId] = counts
        var text = spec.text
        for l in 0...max(level, 0) {
            let value = counts[l] ?? (levels[l]?.start ?? 1)
            text = text.replacingOccurrences(of: "%\(l + 1)", with: Self.format(value, levels[l]?.format ?? "decimal"))
        }
        return text.isEmpty ? nil : text + " "
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(n)
        case "upperLetter": return letters(n).uppercased()
        case "lowerRoman": return roman(n).lowercased()
        case "upperRoman": return roman(n)
        default: return String(n)
        }
    }

    private static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let scalar = UnicodeScalar(UInt8(97 + (n - 1) % 26))
        return String(repeating: String(Character(scalar)), count: (n - 1) / 26 + 1)
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, symbol) in table { while rest >= value { out += symbol; rest -= value } }
        return out
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var abstractLevels: [String: [Int: Level]] = [:]
        var abstractOfNum: [String: String] = [:]
        private var abstractId: String?
        private var numId: String?
        private var level: Int?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let value = OOXML.value(attributes)
            switch name {
            case "abstractNum": abstractId = OOXML.attribute("abstractNumId", attributes)
            case "lvl": level = Int(OOXML.attribute("ilvl", attributes) ?? "")
            case "num": numId = OOXML.attribute("numId", attributes)
            case "abstractNumId": if let numId, let value { abstractOfNum[numId] = value }
            case "numFmt": update { $0.format = value ?? "decimal" }
            case "lvlText": update { $0.text = value ?? "" }
            case "start": update { $0.start = Int(value ?? "1") ?? 1 }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "abstractNum": abstractId = nil
            case "lvl": level = nil
            case "num": numId = nil
            default: break
            }
        }

        private func update(_ change: (inout Level) -> Void) {
            guard let abstractId, let level else { return }
            var spec = abstractLevels[abstractId]?[level] ?? Level()
            change(&spec)
            abstractLevels[abstractId, default: [:]][level] = spec
        }
    }
}
