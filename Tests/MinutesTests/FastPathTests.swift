import Foundation
import Testing
@testable import Minutes

/// The hand-written fast paths of the extractor give what the Foundation calls and the slower
/// character code they replaced gave, on awkward text (Unicode spaces, combining marks, CR LF,
/// singleton decompositions such as U+212B and U+1FFD).
@Suite struct FastPathTests {
    static let awkward: [String] = [
        "", " ", "\t \t", "  Actie: de politie  ", "\u{00A0}tekst\u{00A0}", "\u{3000}全角\u{3000}",
        "\u{2003}em\u{2002}", " \u{0301}accent", "e\u{0301}e\u{0301} ", "a\r\nb\r\n", "Å\u{212B}Ω\u{2126}",
        "’t ‘woord’ `x` \u{00B4}\u{1FFD}", "“quote” „laag”", "wet\u{00AD}geving – en — zo", "RIEC’s. ",
        "Zo. Dan:", "3.  Begroting ", "İstanbul ß ẞ", "👩‍👩‍👧 familie ", "► actie;", "x \u{200B}y\u{200B}",
        "Besluit. De burgemeester", "Art. 5! Wet? Nee. ja", "a.B", "Einde. Z", "Einde.  Z", "Nee ?A",
    ]

    @Test(arguments: awkward)
    func trimmingBlanksIsFoundationTrimming(_ s: String) {
        #expect(s.trimmingBlanks == s.trimmingCharacters(in: .whitespaces))
        let sub = s.dropFirst()
        #expect(sub.trimmingBlanks == sub.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: awkward)
    func sentenceBreakScanIsTheRegularExpression(_ s: String) {
        let regex = s.range(of: #"[.!?] [A-Z]"#, options: .regularExpression) != nil
        #expect(Segmenter.hasSentenceBreak(s) == regex)
    }

    @Test(arguments: awkward)
    func foldIsLowercasingWithQuotesFolded(_ s: String) {
        let reference = String(s.lowercased().map { $0 == "’" || $0 == "‘" || $0 == "`" ? "'" : $0 })
        #expect(Tokenizer.fold(s) == reference)
    }

    @Test(arguments: awkward)
    func normaliseIsTheCharacterByCharacterDefinition(_ s: String) {
        #expect(StableKey.normalise(s) == Self.referenceNormalise(s))
    }

    /// ASCII takes its own byte-wise path in `normalise`: awkward ASCII (CR LF, lone CR,
    /// tabs, trailing punctuation after CR LF, backquotes) and many random ASCII strings.
    static let awkwardASCII: [String] = [
        "a\r\n.", "a\r\n \r\n", "\r\n", "\r", "x\r", "\r\r\n\n", "A `B` c.", " .;,: ", "Ab\tCD\r\nEF . ",
        "De KORPSCHEF zal, eind mei: een voorstel doen.;", "\u{7F}del\u{1}ctl", "..", "a . ",
    ]

    @Test(arguments: awkwardASCII)
    func asciiNormaliseIsTheCharacterByCharacterDefinition(_ s: String) {
        #expect(StableKey.normalise(s) == Self.referenceNormalise(s))
    }

    @Test func randomASCIINormaliseIsTheCharacterByCharacterDefinition() {
        let alphabet = Array(" \t\r\n\r\n.;,:`'\"-aZbYz09 \u{0}\u{7F}".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15          // SplitMix64, fixed seed: the same strings each run
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(next() % 24) { s.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
            let text = String(s)
            #expect(StableKey.normalise(text) == Self.referenceNormalise(text), "\(text.debugDescription)")
        }
    }

    @Test func contentHashIsSixteenHexDigitsOfFNV1a() {
        // FNV-1a of the empty input is its offset basis; of "a" the published test vector.
        #expect(StableKey.contentHash(Data()) == "cbf29ce484222325")
        #expect(StableKey.contentHash(Data("a".utf8)) == "af63dc4c8601ec8c")
    }

    /// `StableKey.normalise` as first written: NFC always, characters compared as characters.
    static func referenceNormalise(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for ch in text.precomposedStringWithCanonicalMapping.lowercased() {
            switch ch {
            case " ", "\t", "\n", "\r", "\u{00A0}":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            case "\u{2018}", "\u{2019}", "`", "\u{00B4}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}": out.append("\"")
            case "\u{2013}", "\u{2014}": out.append("-")
            case "\u{00AD}": continue
            default: out.append(ch)
            }
            lastWasSpace = false
        }
        while let last = out.last, last == " " || last == "." || last == ";" || last == "," || last == ":" {
            out.removeLast()
        }
        return out
    }
}
