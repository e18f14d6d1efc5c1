import Dashboard
import Testing

@Suite struct KeyScriptTests {
    @Test func parsesNamesAndCharacters() throws {
        let keys = try KeyScript.parse("j j space enter esc tab p k o r enter")
        #expect(keys == [.char("j"), .char("j"), .char(" "), .enter, .escape, .tab, .char("p"), .char("k"),
                         .char("o"), .char("r"), .enter])
        #expect(try KeyScript.parse("  backtab shift-tab  up down left right pgup pgdn home end backspace ctrl-c G ?")
                == [.backTab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace,
                    .ctrl("c"), .char("G"), .char("?")])
        #expect(try KeyScript.parse("ENTER Esc ë") == [.enter, .escape, .char("ë")])
        #expect(try KeyScript.parse("") == [])
    }

    @Test func unknownTokenIsNamed() {
        #expect(throws: KeyScript.UnknownKey(token: "jj")) { try KeyScript.parse("j jj k") }
        do {
            _ = try KeyScript.parse("space frobnicate")
        } catch {
            #expect("\(error)".contains("'frobnicate'"))
        }
    }
}
