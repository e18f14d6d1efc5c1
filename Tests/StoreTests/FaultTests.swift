import Foundation
import GRDB
import Testing
@testable import Store

@Suite("Store faults and file modes")
struct FaultTests {
    func tempFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-fault-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ path: String) throws -> Int {
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        return (attrs[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("A new store, its folder and its -wal/-shm files get mode 0600")
    func fileModes() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        #expect(try mode(t.path) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: t.path + suffix) {
            #expect(try mode(t.path + suffix) == 0o600)
        }
    }

    @Test("The default path follows XDG_DATA_HOME, else ~/.local/share")
    func defaultPath() {
        #expect(OverlegStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/overleg/overleg.sqlite")
        #expect(OverlegStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/overleg/overleg.sqlite")
        #expect(OverlegStore.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"]) == "/home/u/.local/share/overleg/overleg.sqlite")
    }

    @Test("A file that is not SQLite gives a one-line error naming the path, and is left as it was")
    func notSQLite() throws {
        let folder = tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        let content = Data(String(repeating: "Dit is geen database maar een notitie.\n", count: 200).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        do {
            _ = try OverlegStore(path: path)
            Issue.record("opened a text file as a store")
        } catch let e as StoreError {
            #expect(e.kind == .notADatabase)
            #expect(e.description == "\(path): not an overleg store (the file is not an SQLite database)")
            #expect(!e.description.contains("\n"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("A damaged store gives a one-line error naming the path")
    func corrupt() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let copy = t.folder.appendingPathComponent("copy.sqlite").path
        // Checkpoint into the main file, then damage pages after the header.
        _ = try DatabaseQueue(path: t.path).writeWithoutTransaction { try $0.checkpoint(.truncate) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: t.path))
        for i in stride(from: 4096, to: bytes.count, by: 7) { bytes[i] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: copy))
        do {
            let damaged = try OverlegStore(path: copy)
            _ = try damaged.followUps(.everything)
            _ = try damaged.partyCounts()
            Issue.record("read a damaged store without an error")
        } catch let e as StoreError {
            #expect([.corrupt, .notADatabase].contains(e.kind))
            #expect(e.description.hasPrefix(copy + ": "))
        }
    }

    @Test("A store opened read-only refuses writes with a clear error and keeps its data")
    func readOnly() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[0].followUps[0].id
        try t.store.setStatus(key: key, status: .done)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: t.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: t.path) }
        // root ignores file modes: then simulate with SQLite's own read-only open.
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: t.path, configuration: config)
        let store = geteuid() == 0 ? nil : try? t.reopen()
        do {
            if let store {
                try store.setStatus(key: key, status: .open)
            } else {
                try queue.write { db in try db.execute(sql: "UPDATE follow_up_state SET status = 'open'") }
            }
            Issue.record("wrote to a read-only store")
        } catch {
            let e = StoreError.wrap(error, path: t.path, busyTimeout: 5)
            #expect(e.kind == .readOnly)
            #expect(e.description.hasPrefix(t.path + ": the store is read-only"))
        }
        #expect(try t.store.followUp(key: key)?.status == .done)
    }

    @Test("A second program holding the write lock beyond the timeout gives .locked, nothing lost")
    func locked() throws {
        let t = try TempStore(busyTimeout: 0.2)
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[0].followUps[0].id
        try t.store.setStatus(key: key, status: .done)

        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: t.path, configuration: config)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let started = Date()
        do {
            try t.store.setStatus(key: key, status: .lapsed)
            Issue.record("wrote while another program held the lock")
        } catch let e as StoreError {
            #expect(e.kind == .locked)
            #expect(e.description.hasPrefix(t.path + ": the store is locked by another program"))
        }
        #expect(Date().timeIntervalSince(started) >= 0.15)
        // Readers are not blocked (WAL), and the state is what was committed.
        #expect(try t.store.followUp(key: key)?.status == .done)
        try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try t.store.setStatus(key: key, status: .lapsed)
        #expect(try t.reopen().followUp(key: key)?.status == .lapsed)
    }

    @Test("A second writer waits for a short lock instead of failing")
    func waitsForShortLock() throws {
        let t = try TempStore(busyTimeout: 5)
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[0].followUps[0].id
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: t.path, configuration: config)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
            released.signal()
        }
        try t.store.setStatus(key: key, status: .done)
        released.wait()
        #expect(try t.store.followUp(key: key)?.status == .done)
    }
}

@Suite("Two instances on one store")
struct ConcurrencyTests {
    @Test("Two stores writing at once lose none of each other's updates")
    func noLostUpdates() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        let m = Fixture.lovp()
        try t.store.importMeeting(m)
        let other = try t.reopen()
        let keys = m.items.flatMap(\.followUps).map(\.id)
        let stores = [t.store, other]
        DispatchQueue.concurrentPerform(iterations: 40) { i in
            let key = keys[i % keys.count]
            try? stores[i % 2].setNote(key: key, note: "n\(i % keys.count)")
            try? stores[(i + 1) % 2].setStatus(key: key, status: i % 3 == 0 ? .done : .partly)
        }
        for (i, key) in keys.enumerated() {
            let row = try #require(try t.reopen().followUp(key: key))
            #expect(row.note == "n\(i)")
            #expect(row.status != .open)
        }
        // Every change is in the undo log: 5 notes + status changes, each undoable.
        var undone = 0
        while try other.undo() != nil { undone += 1 }
        #expect(undone >= keys.count * 2)
        #expect(try t.store.followUps(.everything).allSatisfy { $0.status == .open && $0.note == nil })
    }
}

@Suite("Full disk")
struct FullDiskTests {
    @Test("A full disk (SQLITE_FULL, simulated with max_page_count) fails the import cleanly, nothing stored is lost")
    func fullDisk() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[0].followUps[0].id
        try t.store.setStatus(key: key, status: .done)
        // The pool has one writer connection: cap its file at the pages it has now.
        try t.store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let b = "Veiligheidsberaad", d = "2020-02-02"
        let big = Fixture.meeting(b, d, items: (0..<40).map { i in
            Fixture.item(b, d, "Onderwerp \(i)", topics: ["overig"], text: String(repeating: "Lange tekst over het onderwerp. ", count: 200),
                         followUps: (0..<10).map { .init(text: "De korpschef zal punt \(i)-\($0) uitwerken met een lange toelichting \(String(repeating: "x", count: 200)).") })
        })
        do {
            try t.store.importMeeting(big)
            Issue.record("imported into a full store")
        } catch let e as StoreError {
            #expect(e.kind == .diskFull)
            #expect(e.description == "\(t.path): the disk is full; nothing was changed")
        }
        #expect(try t.store.meetings().map(\.body) == ["LOVP"])
        #expect(try t.store.followUp(key: key)?.status == .done)
        #expect(try t.reopen().followUps(.everything).count == 5)
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test("Timestamps are ISO 8601 UTC")
    func iso() {
        #expect(OverlegStore.timestamp(Date(timeIntervalSince1970: 1_700_000_000)) == "2023-11-14T22:13:20Z")
        #expect(OverlegStore.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
