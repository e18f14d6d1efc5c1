import Foundation
import Testing

/// A folder that holds a meeting's minutes and a revised copy of them (found in the new-user
/// trial: every `import` of the folder replaced the meeting twice and ended on whichever file
/// sorts last). The newer file is kept; importing the folder again changes nothing.
@Suite(.enabled(if: E2E.binary != nil, "the overleg binary is not built"))
struct RevisedFolderTests {
    static let original = """
        ## Bestuurlijke terugkoppeling Landelijk Overleg Veiligheid en Politie d.d. 12 maart 2018

        Ondermijning: De korpschef zal eind mei een brief sturen over de aanpak.

        """
    static let revised = original.replacingOccurrences(of: "een brief", with: "een uitgebreide brief")

    @Test("the newer file of one meeting stays, the older is skipped, a second import changes nothing",
          arguments: [("lovp-2018-03-12.txt", "lovp-2018-03-12-v2.txt"), ("b-herzien.txt", "a-origineel.txt")])
    func newerFileStays(names: (original: String, revised: String)) throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("map"), withIntermediateDirectories: true)
        let old = try scratch.write("map/" + names.original, Self.original)
        let new = try scratch.write("map/" + names.revised, Self.revised)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: old)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: new)
        let env = ["OVERLEG_DB": scratch.store]
        let first = try CommandRun.overleg(["import", scratch.path("map")], in: scratch, environment: env)
        #expect(first.status == 0, "\(first.output)")
        let again = try CommandRun.overleg(["import", scratch.path("map")], in: scratch, environment: env)
        #expect(again.status == 0)
        #expect(again.lines.contains { $0.hasPrefix(names.original + ":") && $0.contains("overgeslagen, \(names.revised) is een nieuwer bestand") },
                "\(again.output)")
        #expect(again.lines.contains { $0.hasPrefix(names.revised + ":") && $0.contains("ongewijzigd") }, "\(again.output)")
        #expect(again.lines.last?.contains("0 bijgewerkt") == true, "\(again.output)")
        let list = try CommandRun.overleg(["list", "--format", "csv"], in: scratch, environment: env)
        #expect(list.output.contains("een uitgebreide brief"), "the revised text is stored")
    }
}
