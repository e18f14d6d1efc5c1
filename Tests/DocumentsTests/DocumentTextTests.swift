import Foundation
import Testing
@testable import Documents

/// Plain text, unsupported types and PDF (the PDF test runs only when pdftotext is installed).
@Suite struct DocumentTextTests {
    private func temp(_ name: String, _ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url
    }

    @Test func textAndMarkdownAreReturnedAsIs() throws {
        let bytes = Data([0x80, 0x20, 0xEB, 0x0D, 0x0A]) // Windows-1252 with CRLF: left to the decoder
        for name in ["notulen.txt", "notulen.md", "NOTULEN.TXT"] {
            let url = try temp(name, bytes)
            defer { try? FileManager.default.removeItem(at: url) }
            #expect(try DocumentText.read(url) == bytes)
        }
    }

    @Test func unsupportedAndMissingFilesNameTheFile() throws {
        let url = try temp("notulen.odt", Data("x".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try DocumentText.read(url)
            Issue.record(".odt must be refused")
        } catch let error as DocumentError {
            #expect(error.description == "\(url.path): unsupported file type .odt; use .txt, .md, .docx or .pdf")
        }
        let missing = URL(fileURLWithPath: "/nonexistent/verslag.txt")
        #expect(throws: DocumentError.self) { try DocumentText.read(missing) }
        do { _ = try DocumentText.read(missing) } catch let error as DocumentError {
            #expect(error.description.hasPrefix("/nonexistent/verslag.txt: cannot read the file"))
            #expect(!error.description.contains("\n"))
        }
    }

    /// A PDF string literal in WinAnsi (Windows-1252) with octal escapes for non-ASCII bytes.
    static func pdfString(_ text: String) -> String {
        let bytes = text.data(using: .windowsCP1252) ?? Data(text.utf8)
        return bytes.map { byte -> String in
            switch byte {
            case 0x28, 0x29, 0x5C: return "\\" + String(UnicodeScalar(byte))
            case 0x20...0x7E: return String(UnicodeScalar(byte))
            default: return "\\" + String(byte, radix: 8)
            }
        }.joined()
    }

    /// A one-page PDF with two text lines, written by hand (offsets computed for the xref table).
    static func tinyPDF(lines: [String]) -> Data {
        var content = "BT /F1 12 Tf 72 720 Td 14 TL\n"
        for line in lines { content += "(\(pdfString(line))) Tj T*\n" }
        content += "ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    @Test(.enabled(if: PDFText.findTool() != nil, "pdftotext (poppler-utils) is not installed"))
    func pdfThroughPdftotext() throws {
        let written = ["Besluitenlijst Veiligheidsberaad (concept)", "Actie: het COA levert medio november een plan aan.",
                       "De raad wordt geïnformeerd over de financiën – vóór 1 december € 5 mln."]
        let url = try temp("verslag.pdf", Self.tinyPDF(lines: written))
        defer { try? FileManager.default.removeItem(at: url) }
        let text = String(decoding: try DocumentText.read(url), as: UTF8.self)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "\u{0C}" }
        #expect(lines == written)
    }

    @Test(.enabled(if: PDFText.findTool() != nil, "pdftotext (poppler-utils) is not installed"))
    func brokenPdfGivesOneLineError() throws {
        let url = try temp("kapot.pdf", Data("%PDF-1.4 kapot".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try DocumentText.read(url)
            Issue.record("a broken PDF must fail")
        } catch let error as DocumentError {
            #expect(error.description.hasPrefix("\(url.path): pdftotext failed"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test(.enabled(if: PDFText.findTool() != nil, "pdftotext (poppler-utils) is not installed"))
    func pdfWithoutTextIsRefused() throws {
        let url = try temp("scan.pdf", Self.tinyPDF(lines: []))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DocumentError(file: url.path, message: "the PDF has no text layer (a scanned document?); run OCR on it first")) {
            try DocumentText.read(url)
        }
    }

    @Test func missingPdftotextNamesThePackage() throws {
        let url = try temp("verslag.pdf", Self.tinyPDF(lines: ["Tekst"]))
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try PDFText.text(of: url, toolName: "pdftotext-not-installed-\(UUID().uuidString)")
            Issue.record("a missing tool must fail")
        } catch let error as DocumentError {
            #expect(error.file == url.path)
            #expect(error.message.contains("install the package poppler-utils"))
        }
    }

    @Test func aFileLargerThanMinutesEverAreIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-huge-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(DocumentText.maximumFileSize + 1))   // sparse: no real 16 MiB written
        try handle.close()
        #expect(throws: DocumentError(file: url.path, message: "too large for minutes (16 MiB; at most 16 MiB)")) {
            try DocumentText.read(url)
        }
    }
}
