import Foundation
import Testing

/// The one-line errors follow the interface language: Dutch by default, English with
/// `--lang en` or an English locale; each names the path and the cause (issue 4 "Store
/// faults"; DESIGN.md "Language").
@Suite(.enabled(if: E2E.binary != nil, "the overleg binary is not built"))
struct ErrorLanguageTests {
    enum Setting: String, CaseIterable {
        case dutch, langFlag, englishLocale

        var arguments: [String] { self == .langFlag ? ["--lang", "en"] : [] }
        var environment: [String: String] { self == .englishLocale ? ["LANG": "en_GB.UTF-8"] : [:] }
        var isEnglish: Bool { self != .dutch }
    }

    /// A fault, how to cause it in a scratch folder, and the words expected in each language.
    struct Fault: CustomTestStringConvertible, Sendable {
        var name: String
        /// Arguments after the subcommand, given the scratch folder; the path the line names.
        var make: @Sendable (Scratch) throws -> (arguments: [String], path: String)
        var dutch: String
        var english: String
        var exitCode: Int32
        var testDescription: String { name }
    }

    static let faults: [Fault] = [
        Fault(name: "store in a missing folder", make: { s in
            let store = s.path("geen-map/overleg.sqlite")
            return (["list", "--db", store], store)
        }, dutch: "bestaat niet; er is niets aangemaakt", english: "does not exist; nothing was created", exitCode: 3),
        Fault(name: "store that is not SQLite", make: { s in
            let store = try s.write("notities.sqlite", String(repeating: "Geen database.\n", count: 100))
            return (["list", "--db", store], store)
        }, dutch: "geen opslag van overleg (het bestand is geen SQLite-database)",
           english: "not an overleg store (the file is not an SQLite database)", exitCode: 3),
        Fault(name: "store path that is a folder", make: { s in
            (["list", "--db", s.folder.path], s.folder.path)
        }, dutch: "is een map, geen opslagbestand", english: "is a folder, not a store file", exitCode: 3),
        Fault(name: "missing minutes file", make: { s in
            (["import", "--db", s.store, s.path("weg.txt")], s.path("weg.txt"))
        }, dutch: "bestand of map bestaat niet", english: "no such file or folder", exitCode: 1),
        Fault(name: "missing file given to parse", make: { s in
            (["parse", s.path("weg.txt")], s.path("weg.txt"))
        }, dutch: "bestand of map bestaat niet", english: "cannot read the file (no such file)", exitCode: 1),
        Fault(name: "export to a missing folder", make: { s in
            let output = s.path("geen-map/export.csv")
            return (["export", "--format", "csv", "--db", s.store, "--output", output], output)
        }, dutch: "kan de export niet schrijven (", english: "cannot write the export (", exitCode: 1),
        Fault(name: "binary file", make: { s in
            let url = s.folder.appendingPathComponent("plaatje.txt")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]).write(to: url)
            return (["import", "--db", s.store, url.path], url.path)
        }, dutch: "geen tekstbestand (", english: "not a text file (", exitCode: 1),
        Fault(name: "unsupported file type", make: { s in
            let file = try s.write("notulen.odt", "LOVP")
            return (["import", "--db", s.store, file], file)
        }, dutch: "bestandstype .odt wordt niet ondersteund; gebruik .txt, .md, .docx of .pdf",
           english: "unsupported file type .odt; use .txt, .md, .docx or .pdf", exitCode: 1),
        Fault(name: "file too large", make: { s in
            let file = try s.write("groot.txt", "")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            try handle.truncate(atOffset: 17 << 20)     // sparse: no 17 MiB written
            try handle.close()
            return (["import", "--db", s.store, file], file)
        }, dutch: "te groot voor notulen (17 MiB; hoogstens 16 MiB)",
           english: "too large for minutes (17 MiB; at most 16 MiB)", exitCode: 1),
        Fault(name: "text that is not minutes", make: { s in
            let file = try s.write("boodschappen.txt", "Boodschappen\n\nmelk, brood\n")
            return (["import", "--db", s.store, file], file)
        }, dutch: "geen notulen: de titel noemt geen overleg", english: "not minutes: the title names no meeting body", exitCode: 1),
    ]

    @Test("store and file faults: one line naming the path, in the interface language",
          arguments: faults, Setting.allCases)
    func faultLine(_ fault: Fault, _ setting: Setting) throws {
        let scratch = try Scratch()
        let (arguments, path) = try fault.make(scratch)
        // Global options go before the subcommand here: that works too.
        let result = try CommandRun.overleg(setting.arguments + arguments, in: scratch, environment: setting.environment)
        #expect(result.status == fault.exitCode, "\(result.output)")
        let line = try #require(result.lines.first { $0.hasPrefix("overleg: ") }, "an error line in: \(result.output)")
        #expect(line.hasPrefix("overleg: \(path): "), "names the path: \(line)")
        #expect(line.contains(setting.isEnglish ? fault.english : fault.dutch), "\(setting): \(line)")
        #expect(!line.contains(setting.isEnglish ? fault.dutch : fault.english), "one language: \(line)")
        #expect(result.lines.filter { $0.hasPrefix("overleg: ") }.count == 1, "one line: \(result.output)")
    }

    @Test("an id that is unknown, not hex or too short: the cause alone, exit 2, in the interface language",
          arguments: [
            (["done", "abcd"], "geen actiepunt met id abcd", "no follow-up with id abcd"),
            (["note", "xyz9", "bellen"], "'xyz9' is geen id van een actiepunt", "'xyz9' is not a follow-up id"),
            (["status", "ab", "done"], "id 'ab' is te kort (minstens 4 cijfers)", "id 'ab' is too short (at least 4 digits)"),
          ])
    func badID(_ arguments: [String], _ dutch: String, _ english: String) throws {
        let scratch = try CommandLineFaultTests.importedStore()
        for setting in Setting.allCases {
            let result = try CommandRun.overleg(setting.arguments + arguments + ["--db", scratch.store], in: scratch,
                                                environment: setting.environment)
            #expect(result.status == 2, "\(setting): \(result.output)")
            #expect(result.lines.first?.hasPrefix("overleg: " + (setting.isEnglish ? english : dutch)) == true,
                    "\(setting): \(result.output)")
            #expect(result.lines.count == 1, "\(setting): one line: \(result.output)")
        }
    }

    @Test("an option of the dashboard before a subcommand: the line says to put it after")
    func optionBeforeSubcommand() throws {
        let scratch = try Scratch()
        let dutch = try CommandRun.overleg(["--no-color", "list", "--db", scratch.store], in: scratch)
        #expect(dutch.status == 1)
        #expect(dutch.output.contains("overleg: list: bestand of map bestaat niet (bedoelt u 'overleg list'? zet de opties dan na 'list')"),
                "\(dutch.output)")
        let english = try CommandRun.overleg(["--lang", "en", "--no-color", "list", "--db", scratch.store], in: scratch)
        #expect(english.output.contains("then put the options after 'list'"), "\(english.output)")
    }
}
