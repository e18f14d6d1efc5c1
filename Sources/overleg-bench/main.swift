import Foundation
import Store

// overleg-bench (issue 4 "Speed"): generates a deterministic synthetic archive, then times
// the real `overleg` binary on it (import, list --party, first frame, keys) and the store
// queries the dashboard uses. Build and run in release mode:
//
//     swift build -c release && .build/release/overleg-bench [--meetings 1000] [--items 10]
//         [--follow-ups-per-item 5] [--runs 5] [--keep DIR]
//
// Budgets (DESIGN.md "Budgets"): import ≤ 2 s, list --party ≤ 70 ms, first frame ≤ 50 ms,
// key to frame ≤ 5 ms, party filter ≤ 5 ms, ≤ 50 MiB resident.

func option(_ name: String, _ fallback: Int) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
    return v
}

func stringOption(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

do {
    let archive = SyntheticArchive(meetings: option("--meetings", 1000), itemsPerMeeting: option("--items", 10),
                                   followUpsPerItem: option("--follow-ups-per-item", 5))
    let runs = option("--runs", 5)
    let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let overleg = stringOption("--bin") ?? binDir.appendingPathComponent("overleg").path
    guard FileManager.default.isExecutableFile(atPath: overleg) else {
        throw BenchError("\(overleg): the overleg binary is missing; build it first (swift build -c release)")
    }
    let work = stringOption("--keep").map { URL(fileURLWithPath: $0) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("overleg-bench-\(getpid())")
    defer { if stringOption("--keep") == nil { try? FileManager.default.removeItem(at: work) } }
    let files = work.appendingPathComponent("minutes")
    let db = work.appendingPathComponent("bench.sqlite").path
    try? FileManager.default.removeItem(atPath: db)
    let (count, genTime) = try Measure.time { try archive.write(to: files) }
    print("archive: \(count) meetings × \(archive.itemsPerMeeting * archive.followUpsPerItem) follow-ups written in \(ms(genTime)) to \(files.path)")

    var table: [(String, String, String)] = []
    let env = ["OVERLEG_DB": db, "LANG": "C.UTF-8"]

    // 1. The store alone: the meetings as a perfect extractor reads them, imported in process,
    //    one transaction per meeting (what `overleg import` does after extraction).
    let meetings = (0..<count).map { archive.meeting($0).meeting }
    let storeImport = try Measure.time {
        let store = try OverlegStore(path: db)
        for m in meetings { try store.importMeeting(m) }
    }.1
    let total = meetings.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.followUps.count } }
    table.append(("store import of \(count) meetings, \(total) follow-ups (in process)", ms(storeImport), mib(Measure.peakSelfKiB())))

    // 2. End to end: `overleg import DIR` (reading + extraction + store) into a second store.
    let e2eDB = work.appendingPathComponent("e2e.sqlite").path
    try? FileManager.default.removeItem(atPath: e2eDB)
    let imp = try Measure.run([overleg, "import", files.path], environment: ["OVERLEG_DB": e2eDB, "LANG": "C.UTF-8"])
    guard imp.status == 0 else { throw BenchError("import failed (exit \(imp.status))") }
    let summary = imp.output.split(separator: "\n").last.map(String.init) ?? ""
    print("overleg import: " + summary)
    table.append(("overleg import DIR (\(count) files, extractor included)", ms(imp.seconds), mib(imp.peakKiB)))
    let again = try Measure.run([overleg, "import", files.path], environment: ["OVERLEG_DB": e2eDB, "LANG": "C.UTF-8"])
    table.append(("overleg import DIR again (all unchanged)", ms(again.seconds), mib(again.peakKiB)))

    var list: [Measure.Run] = []
    for _ in 0..<runs { list.append(try Measure.run([overleg, "list", "--party", "korpschef", "--status", "all"], environment: env)) }
    let listRows = max(0, list[0].output.split(separator: "\n").count - 1)
    table.append(("list --party korpschef (\(listRows) rows)", ms(Measure.median(list.map(\.seconds))), mib(list.map(\.peakKiB).max() ?? 0)))

    var frames: [Measure.Run] = []
    for _ in 0..<runs { frames.append(try Measure.run([overleg, "render", "--size", "200x60"], environment: env)) }
    let frame = Measure.median(frames.map(\.seconds))
    table.append(("first frame (render 200x60)", ms(frame), mib(frames.map(\.peakKiB).max() ?? 0)))

    let keyCount = 200
    let keys = Array(repeating: "j", count: keyCount).joined(separator: " ")
    var keyed: [Double] = []
    for _ in 0..<runs { keyed.append(try Measure.run([overleg, "render", "--size", "200x60", "--keys", keys], environment: env).seconds) }
    table.append(("key to frame (\(keyCount) × j, per key, approx.)", ms(max(0, Measure.median(keyed) - frame) / Double(keyCount)), ""))

    // In process: the store queries behind the dashboard and list.
    let store = try OverlegStore(path: db)
    let filter = FollowUpFilter(parties: ["korpschef"], status: nil)
    var q: [Double] = []
    for _ in 0..<runs { q.append(Measure.time { _ = try? store.followUps(filter) }.1) }
    table.append(("store.followUps(party) in process", ms(Measure.median(q)), ""))
    q = []
    for _ in 0..<runs { q.append(Measure.time { _ = try? store.partyCounts() }.1) }
    table.append(("store.partyCounts() in process", ms(Measure.median(q)), ""))
    q = []
    for _ in 0..<runs { q.append(Measure.time { _ = try? store.topicCounts() }.1) }
    table.append(("store.topicCounts() in process", ms(Measure.median(q)), ""))
    q = []
    var all = 0
    for _ in 0..<runs { q.append(Measure.time { all = (try? store.followUps(.everything))?.count ?? 0 }.1) }
    table.append(("store.followUps(.everything) (\(all) rows)", ms(Measure.median(q)), ""))

    print("\n| measure | time | peak RSS |\n|---|---|---|")
    for (name, time, rss) in table { print("| \(name) | \(time) | \(rss) |") }
} catch {
    FileHandle.standardError.write(Data("overleg-bench: \(error)\n".utf8))
    exit(1)
}
