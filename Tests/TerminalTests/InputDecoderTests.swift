import CNcursesw
import Dashboard
import Testing
@testable import Terminal

/// ncurses input to the dashboard's events (raw mode: control bytes arrive as characters).
@Suite struct InputDecoderTests {
    @Test("control bytes become keys", arguments: [
        (UInt32(0x03), DecodedInput.event(.key(.ctrl("c")))),
        (0x0D, .event(.key(.enter))),
        (0x0A, .event(.key(.enter))),
        (0x09, .event(.key(.tab))),
        (0x1B, .event(.key(.escape))),
        (0x7F, .event(.key(.backspace))),
        (0x08, .event(.key(.backspace))),
        (0x01, .event(.key(.ctrl("a")))),
        (0x1A, .suspend),
        (0x1C, .ignored),
        (0x9B, .ignored),
    ])
    func controlBytes(code: UInt32, expected: DecodedInput) {
        #expect(InputDecoder.character(code) == expected)
    }

    @Test("printable and wide characters (Dutch diacritics typed in a search) are .char")
    func characters() {
        #expect(InputDecoder.character(0x6A) == .event(.key(.char("j"))))
        #expect(InputDecoder.character(0xEB) == .event(.key(.char("ë"))))
        #expect(InputDecoder.character(0xEF) == .event(.key(.char("ï"))))
        #expect(InputDecoder.character(0x65E5) == .event(.key(.char("日"))))
        #expect(InputDecoder.character(0xD800) == .ignored, "a lone surrogate is no character")
    }

    @Test("function keys", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace),
    ])
    func functionKeys(code: Int32, key: Key) {
        #expect(InputDecoder.functionKey(code) == .event(.key(key)))
    }

    @Test("an unknown function key is ignored")
    func unknownFunctionKey() {
        #expect(InputDecoder.functionKey(KEY_F0 + 5) == .ignored)
    }

    @Test("a second press on the same cell within the double-click time is a double click")
    func doubleClick() {
        var decoder = InputDecoder(doubleClickMilliseconds: 400)
        let start = ContinuousClock.now
        let press = overleg_BUTTON1_PRESSED()
        #expect(decoder.mouse(state: press, x: 3, y: 4, now: start) == .event(.mouse(.press, x: 3, y: 4)))
        #expect(decoder.mouse(state: press, x: 3, y: 4, now: start + .milliseconds(150))
                == .event(.mouse(.doubleClick, x: 3, y: 4)))
        // The pair is used up: a third press starts over.
        #expect(decoder.mouse(state: press, x: 3, y: 4, now: start + .milliseconds(300))
                == .event(.mouse(.press, x: 3, y: 4)))
        // Too late, or another cell: single presses.
        #expect(decoder.mouse(state: press, x: 3, y: 4, now: start + .milliseconds(800))
                == .event(.mouse(.press, x: 3, y: 4)))
        #expect(decoder.mouse(state: press, x: 9, y: 4, now: start + .milliseconds(850))
                == .event(.mouse(.press, x: 9, y: 4)))
    }

    @Test("wheel up and down; other buttons ignored")
    func wheel() {
        var decoder = InputDecoder(doubleClickMilliseconds: 400)
        let now = ContinuousClock.now
        #expect(decoder.mouse(state: overleg_BUTTON4_PRESSED(), x: 1, y: 2, now: now) == .event(.mouse(.wheelUp, x: 1, y: 2)))
        #expect(decoder.mouse(state: overleg_BUTTON5_PRESSED(), x: 1, y: 2, now: now) == .event(.mouse(.wheelDown, x: 1, y: 2)))
        #expect(decoder.mouse(state: 0, x: 1, y: 2, now: now) == .ignored)
    }
}
