import Dashboard
import Testing

/// The party picker with the mouse (issue 5 "Mouse"; found in the new-user trial: clicks in
/// the picker did nothing).
@Suite struct PickerMouseTests {
    /// The screen cell of `name` in the picker (an overlay 52 columns wide in the middle of
    /// the screen; the panes behind it list parties too).
    static func cell(_ s: DashboardState, _ name: String) throws -> (x: Int, y: Int) {
        let left = (s.width - 52) / 2
        for (y, line) in render(s).lines.enumerated() {
            let chars = Array(line)
            let needle = Array("] " + name + " ")
            for x in left..<min(chars.count - needle.count, left + 52) where Array(chars[x..<x + needle.count]) == needle {
                return (x + 2, y)
            }
        }
        throw PickerNotShown()
    }

    struct PickerNotShown: Error {}

    @Test func aClickTicksAPartyAndADoubleClickAppliesTheChoice() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p")
        let korpschef = try Self.cell(s, "korpschef")
        _ = update(&s, .mouse(.press, x: korpschef.x, y: korpschef.y))
        #expect(line(s, containing: "] korpschef")?.contains("[x] korpschef") == true)
        #expect(s.mode == .picker, "one click only ticks")
        let politie = try Self.cell(s, "politie")
        _ = update(&s, .mouse(.press, x: politie.x, y: politie.y))
        _ = update(&s, .mouse(.doubleClick, x: politie.x, y: politie.y))
        #expect(s.mode == .browse)
        #expect(s.partyFilter == ["korpschef", "politie"])
    }

    @Test func aClickDoesNotMoveTheListUnderThePointer() throws {
        // More parties than the picker shows at 60×16 (found in the new-user trial: the list
        // scrolled between the two clicks of a double click, which then hit another party).
        var data = Seed.data()
        var fus = data.followUps
        for i in 1...12 {
            fus.append(DashboardData.FollowUp(key: "p\(i)", shortID: "p\(i)", itemKey: "info", text: "Partij \(i) zal iets doen.",
                                              parties: ["partij \(i)"], lines: LineSpan(9, 9)))
        }
        data.followUps = fus
        var s = Seed.state(60, 16, data: data)
        try press(&s, "p " + Array(repeating: "down", count: 18).joined(separator: " "))
        let before = render(s).lines
        // The first party shown, away from the cursor at the bottom of the list.
        let target = try #require(before.firstIndex { $0.contains("[ ] partij ") })
        let start = try #require(before[target].range(of: "partij ")).lowerBound
        let name = before[target][start...].split(separator: " ").prefix(2).joined(separator: " ")
        let x = start.utf16Offset(in: before[target])
        _ = update(&s, .mouse(.press, x: x, y: target))
        #expect(render(s).lines[target].contains("[x] \(name) "), "the party under the pointer is ticked and stays there")
        _ = update(&s, .mouse(.doubleClick, x: x, y: target))
        #expect(s.mode == .browse)
        #expect(s.partyFilter == [name])
    }

    @Test func aClickOutsideClosesThePickerUnchanged() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p")
        let korpschef = try Self.cell(s, "korpschef")
        _ = update(&s, .mouse(.press, x: korpschef.x, y: korpschef.y))
        _ = update(&s, .mouse(.press, x: 0, y: 0))
        #expect(s.mode == .browse)
        #expect(s.partyFilter.isEmpty, "nothing applied")
    }

    @Test func theWheelMovesThePickerCursor() throws {
        var s = Seed.state(160, 48)
        try press(&s, "p")
        _ = update(&s, .mouse(.wheelDown, x: 80, y: 24))
        try press(&s, "space")
        // The picker's rows (the overlay's 52 columns in the middle; panes behind it list
        // parties too): the first party stays unticked, the second is ticked.
        let left = (s.width - 52) / 2
        let rows = render(s).lines.map { String(Array($0).dropFirst(left).prefix(52)) }
            .filter { $0.hasPrefix("│ [ ] ") || $0.hasPrefix("│ [x] ") }
        #expect(rows.count >= 2)
        #expect(rows.first?.contains("[ ] ") == true, "the wheel moved off the first party")
        #expect(rows.dropFirst().first?.contains("[x] ") == true, "Space ticked the second")
    }
}
