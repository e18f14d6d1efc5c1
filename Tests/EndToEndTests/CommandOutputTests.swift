import Foundation
import Testing

/// Text from minutes is shown, never obeyed, in every command-line output too (issue 5):
/// minutes with escape sequences (CSI colours, an OSC title, an OSC 52 clipboard write) and a
/// bidi override, run through parse, import, list and export, print no ESC, no BEL and no
/// bidi control.
@Suite(.enabled(if: E2E.binary != nil, "the overleg binary is not built"))
struct CommandOutputTests {
    static let hostile = """
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 12 maart 2018

        Ondermijning \u{1B}[2J: De korpschef \u{1B}]0;PWNED\u{07} zal \u{1B}[31meind mei\u{1B}[0m een brief sturen.

        Screening/VOG: De minister zal voor de zomer een \u{202E}evaluatie\u{202C} sturen \u{1B}]52;c;aGk=\u{07} aan het LOVP.

        """

    static func expectInert(_ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!output.isEmpty, "\(what) printed something", sourceLocation: sourceLocation)
        let bad = output.unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x07 || (0x202A...0x202E).contains($0.value) }
        #expect(bad.isEmpty, "\(what) let \(bad.count) escape/bell/bidi characters through", sourceLocation: sourceLocation)
    }

    @Test func parseImportListAndExportPrintNoEscapes() throws {
        let binary = try #require(E2E.binary)
        let scratch = try Scratch()
        let minutes = try scratch.write("hostile.txt", Self.hostile)
        let db = ["--db", scratch.store]

        let parsed = try Spawn.run(binary, ["parse", "--format", "text", minutes])
        #expect(parsed.status == 0)
        Self.expectInert(parsed.output, "parse --format text")
        #expect(parsed.output.contains("korpschef"), "the follow-up is still there")

        let imported = try Spawn.run(binary, ["import"] + db + [minutes])
        #expect(imported.status == 0)
        Self.expectInert(imported.output, "import")

        for format in ["table", "json", "csv"] {
            let listed = try Spawn.run(binary, ["list"] + db + ["--format", format])
            #expect(listed.status == 0)
            Self.expectInert(listed.output, "list --format \(format)")
        }
        for format in ["markdown", "csv", "ics", "json"] {
            let exported = try Spawn.run(binary, ["export"] + db + ["--format", format])
            #expect(exported.status == 0)
            Self.expectInert(exported.output, "export --format \(format)")
        }
    }
}
