import CNcursesw
import Testing
@testable import Terminal

/// Which grapheme clusters go to ncurses as they are, and which as a placeholder of the
/// cell's width (CanvasPainter: libc's width must equal the canvas width).
@Suite struct CellDrawingTests {
    init() { TextLocale.prepare() }

    @Test("the codeset is UTF-8 after prepare (C.UTF-8 when the environment says C)")
    func utf8() {
        #expect(overleg_codeset_is_utf8() == 1)
    }

    @Test("clusters libc measures as the canvas does are drawn as they are")
    func drawable() {
        #expect(CanvasPainter.drawable("a", width: 1) == [0x61])
        #expect(CanvasPainter.drawable("ë", width: 1) == [0xEB])
        #expect(CanvasPainter.drawable("e\u{301}", width: 1) == [0x65, 0x301])
        #expect(CanvasPainter.drawable("日", width: 2) == [0x65E5])
    }

    @Test("control characters, width disagreements and long sequences get a placeholder")
    func placeholders() {
        #expect(CanvasPainter.drawable("\u{1B}", width: 1) == nil)
        #expect(CanvasPainter.drawable("\u{9B}", width: 1) == nil)
        #expect(CanvasPainter.drawable("日", width: 1) == nil)
        #expect(CanvasPainter.drawable("a", width: 2) == nil)
        #expect(CanvasPainter.drawable("👨‍👩‍👧", width: 2) == nil)
        #expect(CanvasPainter.drawable("", width: 1) == nil)
    }
}
