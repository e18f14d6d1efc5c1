import Foundation
import Testing
@testable import Minutes

/// Encodings and line ends (issue 3; ANNOTATION.md §1, §9 "Encodings"); bytes are built here.
@Suite struct DecodingTests {
    private func decode(_ bytes: [UInt8]) throws -> String {
        try TextDecoding.decode(Data(bytes), fileName: "test.txt")
    }

    @Test func utf8Plain() throws {
        #expect(try decode(Array("Eind mei: één € – ’“”".utf8)) == "Eind mei: één € – ’“”")
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("geïnformeerd\n".utf8)) == "geïnformeerd\n")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "café €\r\nregel 2".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try decode(bytes) == "café €\nregel 2")
    }

    @Test func utf16BigEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "Oost-Brabant ë".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decode(bytes) == "Oost-Brabant ë")
    }

    @Test func windows1252IsToldApartFromUTF8() throws {
        // € – ’ “ ” ë ï é ó in Windows-1252.
        let bytes: [UInt8] = [0x80, 0x20, 0x96, 0x20, 0x92, 0x20, 0x93, 0x94, 0x20, 0xEB, 0xEF, 0xE9, 0xF3]
        #expect(try decode(bytes) == "€ – ’ “” ëïéó")
        #expect(try decode(Array("regio".utf8) + [0x92, 0x73]) == "regio’s")
    }

    @Test func mixedUTF8AndWindows1252() throws {
        // "één" in UTF-8 next to "’" in Windows-1252: each part read in its own encoding.
        #expect(try decode(Array("één ".utf8) + [0x92, 0x73]) == "één ’s")
    }

    @Test func lineEndsBecomeLF() throws {
        #expect(try decode(Array("a\r\nb\r\nc".utf8)) == "a\nb\nc")
        #expect(try decode(Array("a\rb\rc\r".utf8)) == "a\nb\nc\n")
        #expect(try decode(Array("a\r\n\r\nb\n\rc".utf8)) == "a\n\nb\n\nc")
        // Line N of the result is line N of the file.
        #expect(try decode(Array("1\r\n2\r3\n4".utf8)).split(separator: "\n").count == 4)
    }

    @Test func formFeedIsKept() throws {
        #expect(try decode(Array("p1\n\u{0C}p2".utf8)) == "p1\n\u{0C}p2")
    }

    @Test func binaryIsRejectedNamingTheFile() {
        #expect(throws: MinutesError.self) { try TextDecoding.decode(Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), fileName: "x.pdf") }
        do {
            _ = try TextDecoding.decode(Data([0x61, 0x00, 0x62, 0x00]), fileName: "notulen.txt")
            Issue.record("NULs without a BOM must not decode")
        } catch let error as MinutesError {
            #expect(error.file == "notulen.txt")
            #expect(error.description.hasPrefix("notulen.txt: not a text file ("))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func controlCharactersAndUndefinedBytesAreRejected() {
        #expect(throws: MinutesError.self) { try decode(Array("a\u{01}b".utf8)) }
        // 0x81 is undefined in Windows-1252 and not UTF-8.
        #expect(throws: MinutesError.self) { try decode([0x61, 0x81, 0x62]) }
        #expect(throws: MinutesError.self) { try decode([0xFF, 0xFE, 0x61]) }
    }

    @Test func corpusWindows1252AndCRLF() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpus").standardized
        let brief = corpus.appendingPathComponent("lovp-2021-09-27-raadsinformatiebrief.txt")
        let vb = corpus.appendingPathComponent("vb-2023-10-09.txt")
        guard let briefData = try? Data(contentsOf: brief), let vbData = try? Data(contentsOf: vb) else {
            print("skipped: ../shared/corpus not present")
            return
        }
        let text = try TextDecoding.decode(briefData, fileName: brief.lastPathComponent)
        #expect(text.contains("regio’s"))
        #expect(text.contains("geïnformeerd"))
        #expect(text.contains("vóór 1 december"))
        let vbText = try TextDecoding.decode(vbData, fileName: vb.lastPathComponent)
        #expect(!vbText.contains("\r"))
        #expect(vbText.split(separator: "\n", omittingEmptySubsequences: false)[1] == "Vergadering van maandag 9 oktober 2023, Utrecht")
    }
}
