import Foundation
import Minutes
import Store

// overleg-bench (issue 4 "Speed"): generates a deterministic synthetic archive, then times
// the real `overleg` binary on it (import, list --party, first frame, keys) and the store
// queries the dashboard uses. Build and run in release mode:
//
//     swift build -c release && .build/release/overleg-bench [--meetings 1000] [--items 10]
//         [--follow-ups-per-item 5] [--runs 5] [--keep DIR] [--bin PATH_TO_overleg] [--store-only]
//         [--batch MEETINGS_PER_TRANSACTION]
//
// Each line gives the median wall time, the median CPU time (user + system: what the
// work costs, less disturbed by other load on the machine) and the peak resident memory.
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
func mib(_ kib: Int) -> String { kib > 0 ? String(format: "%.1f MiB", Double(kib) / 1024) : "" }

struct Line { var name: String; var wall: Double; var cpu: Double; var kib: Int }
var table: [Line] = []

/// Runs the command `runs` times; records medians and the largest peak RSS.
@discardableResult
@MainActor func measureCommand(_ name: String, _ args: [String], env: [String: String], runs: Int) throws -> Measure.Run {
    var all: [Measure.Run] = []
    for _ in 0..<runs {
        let r = try Measure.run(args, environment: env)
        guard r.status == 0 else { throw BenchError("\(args.dropFirst().joined(separator: " ")) failed (exit \(r.status))") }
        all.append(r)
    }
    table.append(Line(name: name, wall: Measure.median(all.map(\.seconds)), cpu: Measure.median(all.map(\.cpu)),
                      kib: all.map(\.peakKiB).max() ?? 0))
    return all[0]
}

@MainActor func measureInProcess(_ name: String, runs: Int, _ body: () -> Void) {
    var walls: [Double] = [], cpus: [Double] = []
    for _ in 0..<runs {
        let (_, wall, cpu) = Measure.time(body)
        walls.append(wall); cpus.append(cpu)
    }
    table.append(Line(name: name, wall: Measure.median(walls), cpu: Measure.median(cpus), kib: 0))
}

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
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    let (meetings, genWall, _) = Measure.time { (0..<archive.meetings).map { archive.meeting($0) } }
    try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    for m in meetings { try Data(m.text.utf8).write(to: files.appendingPathComponent(m.name)) }
    let total = meetings.reduce(0) { $0 + $1.meeting.items.reduce(0) { $0 + $1.followUps.count } }
    print("archive: \(meetings.count) meetings, \(total) follow-ups, generated in \(ms(genWall)), written to \(files.path)")

    // 1. The store alone: meetings as a perfect extractor reads them, imported in process in
    //    transactions of `--batch` meetings (default `OverlegStore.importBatchSize`, what
    //    `overleg import` does after extraction; `--batch 1`: a transaction per meeting).
    let batch = max(1, option("--batch", OverlegStore.importBatchSize))
    func importAll(_ store: OverlegStore, _ all: [Meeting]) throws {
        for start in stride(from: 0, to: all.count, by: batch) {
            for case .failure(let e) in try store.importMeetings(Array(all[start..<min(start + batch, all.count)])) { throw e }
        }
    }
    // The importing store is closed afterwards, as `overleg import` ends: its last connection
    // checkpoints the WAL into the file. (Left open, the commands below read every page
    // through a 40 MB WAL, which no user's store has: 25 ms more for `list`.)
    var importer: OverlegStore? = try OverlegStore(path: db)
    let (_, importWall, importCPU) = try Measure.time { if let importer { try importAll(importer, meetings.map(\.meeting)) } }
    importer = nil
    table.append(Line(name: "store import: \(meetings.count) meetings, \(total) follow-ups (in process)",
                      wall: importWall, cpu: importCPU, kib: Measure.peakSelfKiB()))

    if CommandLine.arguments.contains("--store-only") {
        for l in table { print("\(l.name): wall \(ms(l.wall)), CPU \(ms(l.cpu)), peak \(mib(l.kib))") }
        exit(0)
    }

    // 2. End to end: `overleg import DIR` (reading + extraction + store) into a second store.
    let e2eDB = work.appendingPathComponent("e2e.sqlite").path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: e2eDB + suffix) }
    let e2eEnv = ["OVERLEG_DB": e2eDB, "LANG": "C.UTF-8"]
    let imp = try measureCommand("overleg import DIR (\(meetings.count) files, extractor included)",
                                 [overleg, "import", files.path], env: e2eEnv, runs: 1)
    print("overleg import: " + (imp.output.split(separator: "\n").last.map(String.init) ?? ""))
    try measureCommand("overleg import DIR again (all unchanged)", [overleg, "import", files.path], env: e2eEnv, runs: 1)

    // 3. The commands and the dashboard on the store of step 1.
    let env = ["OVERLEG_DB": db, "LANG": "C.UTF-8"]
    let list = try measureCommand("overleg list --party korpschef --status all", [overleg, "list", "--party", "korpschef", "--status", "all"],
                                  env: env, runs: runs)
    print("list --party korpschef: \(max(0, list.output.split(separator: "\n").count - 1)) rows")
    try measureCommand("overleg list --party korpschef (open)", [overleg, "list", "--party", "korpschef"], env: env, runs: runs)
    // The dashboard draws its first frame from the newest rows of each pane and reads the
    // whole store beside it; the first event waits for that read. `render` does the same:
    // without keys it prints the first frame only; with any key (here a resize to the same
    // size) it reads the whole store first.
    try measureCommand("first frame (overleg render --size 200x60)", [overleg, "render", "--size", "200x60"], env: env, runs: runs)
    let frame = table[table.count - 1]
    try measureCommand("whole store loaded, then a frame (render --keys resize:200x60)",
                       [overleg, "render", "--size", "200x60", "--keys", "resize:200x60"], env: env, runs: runs)
    let whole = table[table.count - 1]
    table.append(Line(name: "  = reading the whole store after the first frame", wall: max(0, whole.wall - frame.wall),
                      cpu: max(0, whole.cpu - frame.cpu), kib: 0))
    let keyCount = 200
    let keys = (["resize:200x60"] + Array(repeating: "j", count: keyCount)).joined(separator: " ")
    try measureCommand("render after \(keyCount) × j", [overleg, "render", "--size", "200x60", "--keys", keys], env: env, runs: runs)
    let keyed = table[table.count - 1]
    table.append(Line(name: "  = key to frame, per key (difference / \(keyCount))", wall: max(0, keyed.wall - whole.wall) / Double(keyCount),
                      cpu: max(0, keyed.cpu - whole.cpu) / Double(keyCount), kib: 0))
    // 4. In process: the store queries behind the dashboard and list.
    let store = try OverlegStore(path: db)
    measureInProcess("store.followUps(party: korpschef, all statuses)", runs: runs) {
        _ = try? store.followUps(FollowUpFilter(parties: ["korpschef"], status: nil))
    }
    measureInProcess("store.partyCounts()", runs: runs) { _ = try? store.partyCounts() }
    measureInProcess("store.topicCounts()", runs: runs) { _ = try? store.topicCounts() }
    measureInProcess("store.meetings()", runs: runs) { _ = try? store.meetings() }
    measureInProcess("store.itemSummaries()", runs: runs) { _ = try? store.itemSummaries() }
    measureInProcess("store.dashboardSnapshot() (the dashboard's whole-store read)", runs: runs) { _ = try? store.dashboardSnapshot() }
    measureInProcess("store.followUpCountsByTopic() (pane titles of the first frame)", runs: runs) {
        _ = try? store.followUpCountsByTopic()
    }
    measureInProcess("store.followUps(.everything) (\(total) rows)", runs: runs) { _ = try? store.followUps(.everything) }
    // The dashboard's own steps in process: Enter in the party picker (the panes rebuilt over
    // every follow-up) and one key.
    let dashboard = try DashboardMeasure.state(store)
    var walls: [Double] = [], cpus: [Double] = []
    for _ in 0..<runs {
        var s = dashboard
        try DashboardMeasure.press(&s, "p k o r p s c h e f")
        let (_, wall, cpu) = try Measure.time { try DashboardMeasure.press(&s, "enter") }
        guard s.partyFilter == ["korpschef"] else { throw BenchError("the party filter was not applied") }
        walls.append(wall); cpus.append(cpu)
    }
    table.append(Line(name: "applying a party filter (Enter in the picker, in process)", wall: Measure.median(walls),
                      cpu: Measure.median(cpus), kib: 0))
    measureInProcess("one key (j) to the next frame, in process", runs: runs) {
        var s = dashboard
        DashboardMeasure.keyAndFrame(&s, "j")
    }
    let someKey = meetings[meetings.count / 2].meeting.items.flatMap(\.followUps).first?.id ?? ""
    measureInProcess("store.setStatus(key:) (commit)", runs: runs) {
        _ = try? store.setStatus(key: someKey, status: .done)
        _ = try? store.undo()
    }

    print("\n| measure | wall (median) | CPU (median) | peak RSS |\n|---|---:|---:|---:|")
    for l in table { print("| \(l.name) | \(ms(l.wall)) | \(ms(l.cpu)) | \(mib(l.kib)) |") }
} catch {
    FileHandle.standardError.write(Data("overleg-bench: \(error)\n".utf8))
    exit(1)
}
