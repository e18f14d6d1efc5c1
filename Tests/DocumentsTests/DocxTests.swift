import Foundation
import Testing
import ZIPFoundation
@testable import Documents

/// `.docx` reading: a Word document built here with ZIPFoundation.
@Suite struct DocxTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func paragraph(_ text: String, style: String? = nil, num: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let num { properties += "<w:numPr><w:ilvl w:val=\"\(num.level)\"/><w:numId w:val=\"\(num.id)\"/></w:numPr>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        // Two runs, so text split over runs is joined.
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        let (a, b) = (escape(text[..<middle]), escape(text[middle...]))
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(a)</w:t></w:r><w:r><w:t xml:space=\"preserve\">\(b)</w:t></w:r></w:p>"
    }

    static func escape(_ s: Substring) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr/>" + rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:tcPr/>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"
    }

    static func makeDocx(body: String, numbering: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(w)\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>\(body)<w:sectPr/></w:body></w:document>")
        if let numbering { try add("word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(w)\">\(numbering)</w:numbering>") }
        return url
    }

    private func lines(_ url: URL) throws -> [String] {
        let text = String(decoding: try DocumentText.read(url), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func paragraphsAndTablesInDocumentOrder() throws {
        let body = Self.paragraph("Besluitenlijst Veiligheidsberaad", style: "Kop1")
            + Self.paragraph("Vergadering van maandag 9 oktober 2023 – Utrecht, één € “quote” & <tag>")
            + Self.paragraph("")
            + Self.table([["Nr", "Agendapunt", "Actie", "Wie", "Wanneer"],
                          ["1", "Crisisnoodopvang", "Overnameplan aanleveren", "COA", "medio november"]])
            + Self.paragraph("Besluit: de agenda wordt vastgesteld.")
        let url = try Self.makeDocx(body: body)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try lines(url) == [
            "# Besluitenlijst Veiligheidsberaad",
            "",
            "Vergadering van maandag 9 oktober 2023 – Utrecht, één € “quote” & <tag>",
            "",
            "Nr | Agendapunt | Actie | Wie | Wanneer",
            "1 | Crisisnoodopvang | Overnameplan aanleveren | COA | medio november",
            "",
            "Besluit: de agenda wordt vastgesteld.",
            "",
        ])
    }

    /// Word spaces paragraphs by style, not by empty paragraphs: each paragraph still becomes
    /// a block of its own (a blank line before it), the items of one list stay together.
    @Test func paragraphsWithoutEmptyParagraphsBetweenThemAreBlocks() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let body = Self.paragraph("Terugkoppeling LOVP 12 maart 2018")
            + Self.paragraph("Screening/VOG: De korpschef zal voor de zomer een evaluatie sturen.")
            + Self.paragraph("Afspraken:")
            + Self.paragraph("het RIEC stelt een handreiking op;", num: (1, 0))
            + Self.paragraph("de gemeenten leveren een contactpersoon aan.", num: (1, 0))
        let url = try Self.makeDocx(body: body, numbering: numbering)
        defer { try? FileManager.default.removeItem(at: url) }
        let got = try lines(url)
        #expect(got.count == 9)  // the text ends with a line feed
        #expect(Array(got.prefix(5)) == ["Terugkoppeling LOVP 12 maart 2018", "",
                                         "Screening/VOG: De korpschef zal voor de zomer een evaluatie sturen.", "",
                                         "Afspraken:"])
        #expect(got[5] == "")
        #expect(got[6].hasSuffix("het RIEC stelt een handreiking op;"))
        #expect(got[7].hasSuffix("de gemeenten leveren een contactpersoon aan."))
    }

    @Test func breaksTabsDeletionsAndFallbacksAreHandled() throws {
        let body = "<w:p><w:r><w:t>Eerste regel</w:t><w:br/><w:t>tweede</w:t><w:tab/><w:t>kolom</w:t></w:r>"
            + "<w:del><w:r><w:delText>weg</w:delText></w:r></w:del>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>!</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>dubbel</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
        let url = try Self.makeDocx(body: body)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try lines(url) == ["Eerste regel", "tweede\tkolom!", ""])
    }

    @Test func automaticNumbersAndBullets() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        """
        let body = Self.paragraph("Opening", num: (1, 0)) + Self.paragraph("Mededelingen", num: (1, 1))
            + Self.paragraph("Rondvraag", num: (1, 1)) + Self.paragraph("Sluiting", num: (1, 0))
            + Self.paragraph("de politie levert een plan", num: (2, 0))
        let url = try Self.makeDocx(body: body, numbering: numbering)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try lines(url) == ["1. Opening", "a) Mededelingen", "b) Rondvraag", "2. Sluiting", "- de politie levert een plan", ""])
    }

    @Test func anyNamespacePrefixWorks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ns-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        let xml = "<?xml version=\"1.0\"?><ns0:document xmlns:ns0=\"\(Self.w)\"><ns0:body><ns0:p><ns0:r><ns0:t>Actie: de politie levert een plan.</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try lines(url) == ["Actie: de politie levert een plan.", ""])
    }

    @Test func notADocxGivesAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kapot-\(UUID().uuidString).docx")
        try Data("geen zip".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DocumentError(file: url.path, message: "not a .docx file (not a ZIP archive)")) { try DocumentText.read(url) }
    }
}
