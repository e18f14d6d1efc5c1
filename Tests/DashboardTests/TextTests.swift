import Dashboard
import Foundation
import Testing

@Suite struct TextTests {
    @Test func widthPerGraphemeCluster() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("ë") == 1)
        #expect(TextWidth.of("e\u{0301}") == 1)                 // combining acute
        #expect(TextWidth.of("警察") == 4)                        // CJK wide
        #expect(TextWidth.of("한국") == 4)
        #expect(TextWidth.of("👮") == 2)
        #expect(TextWidth.of("👨‍👩‍👧‍👦") == 2)                        // ZWJ family: one cluster
        #expect(TextWidth.of("🇳🇱") == 2)                          // flag
        #expect(TextWidth.of("❤️") == 2)                          // VS16
        #expect(TextWidth.of("❤︎") == 1)                          // VS15
        #expect(TextWidth.of("1️⃣") == 2)                          // keycap
        #expect(TextWidth.of("\u{200D}") == 0)
        #expect(TextWidth.of("\u{FE0F}") == 0)
        #expect(TextWidth.of("ｱ") == 1)                           // halfwidth katakana
        #expect(TextWidth.of("Ａ") == 2)                           // fullwidth A
    }

    @Test func truncationWithEllipsisNeverSplitsAWideCluster() {
        #expect(TextWidth.truncate("Ondermijning", to: 6) == "Onder…")
        #expect(TextWidth.truncate("警察警察", to: 6) == "警察…")   // 5 columns: the third would straddle
        #expect(TextWidth.truncate("kort", to: 10) == "kort")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.of(TextWidth.pad("👮x", to: 6)) == 6)
    }

    @Test func safeTextRemovesEscapesControlsAndBidi() {
        #expect(SafeText.line("a\u{1B}[31mrood\u{1B}[0m b") == "a␛rood␛ b")
        #expect(SafeText.line("x\u{1B}]0;titel\u{07}y") == "x␛y")                  // OSC title, BEL
        #expect(SafeText.line("x\u{1B}]52;c;Zm9v\u{1B}\\y") == "x␛y")             // OSC 52 clipboard, ST
        #expect(SafeText.line("x\u{9B}2Jy") == "x␛y")                              // C1 CSI
        #expect(SafeText.line("bel\u{07}!") == "bel␇!")
        #expect(SafeText.line("a\tb\nc\r\nd") == "a b c d")
        #expect(SafeText.multiline("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(SafeText.line("abc\u{202E}fed\u{202C}") == "abcfed")               // RLO/PDF dropped
        #expect(SafeText.line("a\u{200B}b\u{2066}c\u{2069}\u{FEFF}") == "abc")
        #expect(SafeText.line("👨‍👩‍👧") == "👨‍👩‍👧")                                       // ZWJ kept in emoji
        #expect(SafeText.line("del\u{7F}") == "del␡")
        #expect(SafeText.isClean("gewoon ë 警察"))
    }

    /// Minutes with emoji, CJK, combining marks and escape sequences.
    static func wildData() -> DashboardData {
        var d = Seed.data()
        d.items[1].title = "Informatie 👮‍♀️ 警察 cafe\u{0301} 🇳🇱 \u{1B}]0;pwned\u{07}\u{1B}[2J tab\there"
        d.followUps[1].parties = ["gemeente Zoë 😀", "警察庁"]
        d.followUps[1].text = "Er komt\u{1B}[31m een 👨‍👩‍👧‍👦 bijeenkomst\u{202E} met 한국어 tekst\nover twee regels."
        d.itemText["info"] = d.followUps[1].text
        return d
    }

    @Test func wideTextKeepsBordersAligned() throws {
        for (w, h) in [(80, 24), (100, 30), (160, 48), (61, 16)] {
            var s = Seed.state(w, h, data: Self.wildData())
            try press(&s, "j enter")
            let c = render(s)
            for (y, line) in c.lines.enumerated() {
                #expect(TextWidth.of(line) == w, "row \(y) at \(w)×\(h) is \(TextWidth.of(line)) wide")
            }
            // Every box's right border stays in its column on every row with a left border.
            let rows = c.lines.enumerated().filter { $0.element.hasPrefix("│") }
            #expect(!rows.isEmpty)
            for (y, _) in rows {
                let right = (0..<w).filter { c[$0, y].text == "│" }
                #expect(right.contains(0))
                #expect(c[w - 1, y].text == "│" || c[w - 1, y].text == "▼", "row \(y): \(c.lines[y])")
            }
        }
    }

    @Test func escapeSequencesNeverReachTheCanvas() throws {
        for (w, h) in [(80, 24), (160, 48)] {
            var s = Seed.state(w, h, data: Self.wildData())
            try press(&s, "j enter")
            let c = render(s)
            for cell in c.cells {
                for u in cell.text.unicodeScalars {
                    #expect(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value), "control \(u.value) reached the canvas")
                    #expect(![0x202E, 0x2066, 0x2069, 0x200B].contains(u.value))
                }
            }
            #expect(!c.text.contains("pwned"))
            #expect(c.text.contains("␛"))
            #expect(c.text.contains("警察"))
        }
    }

    @Test func wideCellsHaveTrailingHalves() throws {
        let s = Seed.state(160, 48, data: Self.wildData())
        let c = render(s)
        let y = try #require(c.lines.firstIndex { $0.contains("警察 ") })
        let cells = (0..<c.width).map { c[$0, y] }
        let i = try #require(cells.firstIndex { $0.text == "警" })
        #expect(cells[i].width == 2 && cells[i + 1].width == 0 && cells[i + 1].text == "")
    }
}

@Suite struct SearchFoldTests {
    @Test func searchIgnoresCaseAndDiacritics() throws {
        var d = Seed.data()
        d.followUps[0].text = "De minister zal de Coördinatie en het café (e\u{0301}) bespreken."
        var s = Seed.state(160, 48, data: d)
        for q in ["coordinatie", "COÖRDINATIE", "cafe", "CAFÉ"] {
            try press(&s, "/ " + q.map { String($0) }.joined(separator: " ") + " enter")
            #expect(s.selectedFollowUpKey == "f-wet", "query \(q)")
            try press(&s, "esc g 1")
        }
    }
}

@Suite struct SafeJSONTests {
    @Test func invisibleCharactersBecomeEscapesAndTheValueStaysTheSame() throws {
        let value = ["text": "een \u{202E}evaluatie\u{202C} \u{2028} \u{9B}31m en 👨‍👩‍👧 blijft"]
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let safe = SafeText.json(json)
        let hidden: Set<UInt32> = [0x202E, 0x202C, 0x2028, 0x9B]
        #expect(!safe.unicodeScalars.contains { hidden.contains($0.value) })
        #expect(safe.contains("\\u202e"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        #expect(back == value)
    }
}
