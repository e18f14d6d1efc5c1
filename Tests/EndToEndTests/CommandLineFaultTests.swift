import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Faults a new user met on the command line (issue 4 "Command line", "Store faults"):
/// global options before the subcommand, a read-only store, `--db` in a missing folder.
@Suite(.enabled(if: E2E.binary != nil, "the overleg binary is not built"))
struct CommandLineFaultTests {
    static let minutes = """
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 12 maart 2018

        Ondermijning: De korpschef zal eind mei een brief sturen over de aanpak.

        Screening/VOG: De minister zal voor de zomer een evaluatie sturen aan het LOVP.

        """

    /// A scratch folder with the minutes imported into `scratch.store`.
    static func importedStore() throws -> Scratch {
        let scratch = try Scratch()
        let file = try scratch.write("lovp.txt", minutes)
        let imported = try CommandRun.overleg(["import", "--db", scratch.store, file], in: scratch)
        try #require(imported.status == 0, "import: \(imported.output)")
        return scratch
    }

    @Test("--lang and --db before the subcommand reach it (they were taken for the dashboard and 'list' for a file)")
    func globalOptionsBeforeSubcommand() throws {
        let scratch = try Self.importedStore()
        let english = try CommandRun.overleg(["--lang", "en", "list", "--db", scratch.store], in: scratch)
        #expect(english.status == 0, "\(english.output)")
        #expect(english.lines.first?.contains("Follow-up") == true, "English header: \(english.output)")
        #expect(english.output.contains("korpschef"))

        let both = try CommandRun.overleg(["--db", scratch.store, "--lang=en", "list", "--status", "all"], in: scratch)
        #expect(both.status == 0, "\(both.output)")
        #expect(both.lines.first?.contains("Follow-up") == true)
        #expect(both.lines.count == 3, "header and two follow-ups: \(both.output)")

        let exported = try CommandRun.overleg(["--db", scratch.store, "export", "--format", "csv"], in: scratch)
        #expect(exported.status == 0, "\(exported.output)")
        #expect(exported.output.hasPrefix("id,key,"))
        #expect(exported.output.contains("korpschef"))
    }

    @Test("After the subcommand they still work, and a bad --lang before it is a usage error")
    func globalOptionsAfterSubcommand() throws {
        let scratch = try Self.importedStore()
        let listed = try CommandRun.overleg(["list", "--lang", "en", "--db", scratch.store], in: scratch)
        #expect(listed.status == 0)
        #expect(listed.lines.first?.contains("Follow-up") == true)
        let bad = try CommandRun.overleg(["--lang", "fr", "list", "--db", scratch.store], in: scratch)
        #expect(bad.status == 64, "\(bad.output)")
        #expect(bad.output.contains("--lang"))
    }

    @Test("--db in a folder that does not exist: one line naming the path, exit 3, no folder made")
    func missingFolder() throws {
        let scratch = try Scratch()
        let store = scratch.path("nieuw/map/overleg.sqlite")
        for (arguments, environment) in [(["list", "--db", store], [:]), (["list"], ["OVERLEG_DB": store])] {
            let result = try CommandRun.overleg(arguments, in: scratch, environment: environment)
            #expect(result.status == 3, "\(result.output)")
            #expect(result.lines.count == 1, "one line: \(result.output)")
            #expect(result.output.hasPrefix("overleg: \(store): "))
            #expect(result.output.contains(scratch.path("nieuw/map")), "names the missing folder")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("nieuw")), "nothing created")
        }
    }

    @Test("The default store's folder is still made, mode 0700, the store 0600")
    func defaultFolderCreated() throws {
        let scratch = try Scratch()
        let result = try CommandRun.overleg(["list"], in: scratch)
        #expect(result.status == 0, "\(result.output)")
        let folder = scratch.path("xdg-data/overleg")
        #expect(try CommandRun.mode(folder) == 0o700)
        #expect(try CommandRun.mode(folder + "/overleg.sqlite") == 0o600)
    }
}

/// A store the user may read but not write (file mode 0444, or a read-only folder): the
/// reading commands work and leave the files as they were; the writing ones say
/// "read-only" naming the path, exit 3, and change nothing (issue 4 "Store faults").
@Suite(.enabled(if: E2E.binary != nil && CommandRun.canRunUnprivileged,
                "needs the overleg binary, and setpriv when run as root"))
struct ReadOnlyStoreTests {
    enum Case: String, CaseIterable { case readOnlyFile, readOnlyFolder }

    /// The store made read-only for the unprivileged runner in the way `what` says; the
    /// returned closure restores the modes (so the scratch folder can be removed).
    static func makeReadOnly(_ scratch: Scratch, _ what: Case) throws -> () -> Void {
        switch what {
        case .readOnlyFile:
            try CommandRun.chmod(scratch.store, 0o444)
            // Writable for nobody too when the tests run as root.
            try CommandRun.chmod(scratch.folder.path, geteuid() == 0 ? 0o777 : 0o755)
        case .readOnlyFolder:
            try CommandRun.chmod(scratch.store, 0o644)
            try CommandRun.chmod(scratch.folder.path, 0o555)
        }
        return {
            try? CommandRun.chmod(scratch.folder.path, 0o755)
            try? CommandRun.chmod(scratch.store, 0o600)
        }
    }

    /// The names in the scratch folder and the store's bytes.
    static func snapshot(_ scratch: Scratch) throws -> (names: [String], bytes: Data) {
        (try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted(),
         try Data(contentsOf: URL(fileURLWithPath: scratch.store)))
    }

    @Test("list, export and the plain dashboard read a read-only store", arguments: Case.allCases)
    func readingWorks(_ what: Case) throws {
        let scratch = try CommandLineFaultTests.importedStore()
        let restore = try Self.makeReadOnly(scratch, what)
        defer { restore() }
        let before = try Self.snapshot(scratch)
        let db = ["--db", scratch.store]

        let listed = try CommandRun.overleg(["list"] + db, in: scratch, unprivileged: true)
        #expect(listed.status == 0, "list: \(listed.output)")
        #expect(listed.output.contains("korpschef"))
        let exported = try CommandRun.overleg(["export", "--format", "json"] + db, in: scratch, unprivileged: true)
        #expect(exported.status == 0, "export: \(exported.output)")
        #expect(exported.output.contains("korpschef"))
        // Not a terminal: the default command prints what the dashboard would show.
        let opened = try CommandRun.overleg(db, in: scratch, unprivileged: true)
        #expect(opened.status == 0, "dashboard: \(opened.output)")
        #expect(opened.output.contains("korpschef"))
        let rendered = try CommandRun.overleg(["render", "--size", "100x30"] + db, in: scratch, unprivileged: true)
        #expect(rendered.status == 0, "render: \(rendered.output)")
        #expect(rendered.output.contains("korpschef"))

        let after = try Self.snapshot(scratch)
        #expect(after.names == before.names, "no -wal or -shm left beside the store")
        #expect(after.bytes == before.bytes)
    }

    @Test("done, note and undo on a read-only store: one line naming the path, exit 3, nothing changed", arguments: Case.allCases)
    func writingRefused(_ what: Case) throws {
        let scratch = try CommandLineFaultTests.importedStore()
        let listed = try CommandRun.overleg(["list", "--db", scratch.store, "--format", "csv"], in: scratch)
        let id = try #require(listed.lines.dropFirst().first?.split(separator: ",").first.map(String.init))
        let restore = try Self.makeReadOnly(scratch, what)
        defer { restore() }
        let before = try Self.snapshot(scratch)

        for arguments in [["done", id], ["note", id, "bellen"], ["status", id, "lapsed"]] {
            let result = try CommandRun.overleg(arguments + ["--db", scratch.store], in: scratch, unprivileged: true)
            #expect(result.status == 3, "\(arguments[0]): \(result.output)")
            #expect(result.lines.count == 1, "\(arguments[0]): one line: \(result.output)")
            #expect(result.output.hasPrefix("overleg: \(scratch.store): "))
            #expect(result.output.contains("alleen-lezen"), "\(arguments[0]): says read-only in Dutch: \(result.output)")
        }
        let after = try Self.snapshot(scratch)
        #expect(after.names == before.names)
        #expect(after.bytes == before.bytes)
        restore()
        let still = try CommandRun.overleg(["list", "--db", scratch.store], in: scratch)
        #expect(still.output.contains("Openstaand") && !still.output.contains("Afgerond"), "nothing was marked done")
    }
}
