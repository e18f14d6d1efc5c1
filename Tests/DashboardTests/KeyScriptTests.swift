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

@Suite struct EventScriptTests {
    @Test func mouseAndResizeTokens() throws {
        #expect(try KeyScript.events("j click:3,4 dclick:1,2 wheelup:0,0 wheeldown:5,6 resize:120x40 :")
                == [.key(.char("j")), .mouse(.press, x: 3, y: 4), .mouse(.doubleClick, x: 1, y: 2),
                    .mouse(.wheelUp, x: 0, y: 0), .mouse(.wheelDown, x: 5, y: 6), .resize(width: 120, height: 40),
                    .key(.char(":"))])
        #expect(throws: KeyScript.UnknownKey(token: "click:3")) { try KeyScript.events("click:3") }
        #expect(throws: KeyScript.UnknownKey(token: "resize:ax4")) { try KeyScript.events("resize:ax4") }
    }
}

@Suite struct KeyScriptErrorTests {
    @Test func aBadTokenNamesItselfAndTheMouseTokens() {
        #expect(throws: KeyScript.UnknownKey(token: "click:x")) { try KeyScript.events("j click:x") }
        let text = KeyScript.UnknownKey(token: "click:x").description
        #expect(text.hasPrefix("unknown key 'click:x' in --keys"))
        #expect(text.contains("click:X,Y") && text.contains("resize:WxH"))
    }
}
