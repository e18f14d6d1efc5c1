import Foundation
import GRDB
import Testing
@testable import Store

/// Where a store may be opened: the folder (created or not), its mode, and a store that
/// cannot be written (issue 4 "Store faults"; DESIGN.md "Store").
@Suite("Opening a store: folders and read-only files")
struct StoreOpeningTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("overleg-open-\(UUID().uuidString)")
    }

    static func mode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("createsFolder: false in a missing folder throws .missingFolder naming the path, and creates nothing")
    func missingFolderNotCreated() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("a/b/overleg.sqlite").path
        do {
            _ = try OverlegStore(path: path, createsFolder: false)
            Issue.record("opened a store in a missing folder")
        } catch let e as StoreError {
            #expect(e.kind == .missingFolder)
            #expect(e.description == "\(path): the folder \(root.path)/a/b does not exist; nothing was created")
        }
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test("Another program's SQLite database is refused as .notOverleg and left as it was")
    func anotherProgramsDatabaseIsLeftAlone() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE foo (x); INSERT INTO foo VALUES (1)") }
        try other.close()
        do {
            _ = try OverlegStore(path: path)
            Issue.record("opened another program's database")
        } catch let e as StoreError {
            #expect(e.kind == .notOverleg)
            #expect(e.description.hasPrefix(path + ": not an overleg store"))
        }
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["foo"], "no overleg table was added")
    }

    @Test("A reading command opens a store another program is writing at once (a pool waits for the writer)")
    func oneConnectionOpensBesideAWriter() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("overleg.sqlite").path
        do {
            let store = try OverlegStore(path: path)
            try store.importMeeting(Fixture.lovp())
        }   // closed: the last connection removes the -wal file
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Another program holds the write lock (and has written nothing to a WAL yet).
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let reader = try OverlegStore(path: path, busyTimeout: 0.2, concurrentReads: false)
            let rows = try reader.followUps(.everything)
            #expect(rows.count == Fixture.lovp().items.reduce(0) { $0 + $1.followUps.count }, "\(rows.count) rows")
            #expect(throws: StoreError.self) { _ = try OverlegStore(path: path, busyTimeout: 0.2) }
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test("A folder path that is a file throws .missingFolder")
    func folderIsAFile() throws {
        let root = Self.folder()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        #expect(throws: StoreError(.missingFolder, path: file.path + "/overleg.sqlite", cause: "\(file.path) is a file, not a folder")) {
            _ = try OverlegStore(path: file.path + "/overleg.sqlite", createsFolder: false)
        }
    }

    @Test("The created folder gets mode 0700, the store 0600; the store is writable")
    func createdFolderMode() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("overleg")
        let store = try OverlegStore(path: folder.appendingPathComponent("overleg.sqlite").path)
        #expect(try Self.mode(folder.path) == 0o700)
        #expect(try Self.mode(store.path) == 0o600)
        #expect(!store.isReadOnly)
        try store.importMeeting(Fixture.lovp())
        #expect(try store.meetings().count == 1)
    }

    /// Root ignores file modes (the end-to-end `ReadOnlyStoreTests` run the binary as nobody).
    @Test("A store file without write permission opens read-only: reads work, writes throw .readOnly, nothing changes",
          .enabled(if: geteuid() != 0, "root ignores file modes"))
    func readOnlyFile() throws {
        let t = try TempStore()
        defer { t.cleanup() }
        try t.store.importMeeting(Fixture.lovp())
        let key = Fixture.lovp().items[0].followUps[0].id
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: t.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: t.path) }
        let store = try t.reopen()
        #expect(store.isReadOnly)
        #expect(try store.followUps(.everything).count == 5)
        #expect(throws: StoreError.self) { try store.setStatus(key: key, status: .done) }
        do {
            try store.setStatus(key: key, status: .done)
        } catch let e as StoreError {
            #expect(e.kind == .readOnly)
        }
        #expect(try store.followUp(key: key)?.status == .open)
    }
}
