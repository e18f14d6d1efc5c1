import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// `.docx` to text: `word/document.xml` (and `word/numbering.xml` for list numbers) read with
/// ZIPFoundation and XMLParser.
enum DocxText {
    static func text(of url: URL) throws -> String {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            if !FileManager.default.isReadableFile(atPath: url.path) {
                throw DocumentError(file: url.path, message: "cannot read the file")
            }
            throw DocumentError(file: url.path, message: "not a .docx file (not a ZIP archive)")
        }
        guard let document = try entry("word/document.xml", in: archive, file: url) else {
            throw DocumentError(file: url.path, message: "not a .docx file (no word/document.xml)")
        }
        let numbering = try entry("word/numbering.xml", in: archive, file: url).map(DocxNumbering.init(xml:))
        let reader = DocxBodyReader(numbering: numbering ?? DocxNumbering())
        let parser = XMLParser(data: document)
        parser.shouldProcessNamespaces = true // element names without prefix: any prefix works
        parser.delegate = reader
        guard parser.parse() else {
            let line = parser.lineNumber
            throw DocumentError(file: url.path, message: "word/document.xml is not well-formed XML (line \(line))")
        }
        return reader.lines.joined(separator: "\n") + "\n"
    }

    private static func entry(_ path: String, in archive: Archive, file: URL) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw DocumentError(file: file.path, message: "cannot unpack \(path) (\(error))")
        }
        return data
    }
}

/// Collects the lines of a WordprocessingML body: paragraphs and table rows in document order.
final class DocxBodyReader: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    private var numbering: DocxNumbering

    private var paragraphs: [String] = []   // stack: text boxes nest paragraphs inside runs
    private var paragraphPrefix: [String] = []
    private var inText = false
    private var skipDepth = 0                // inside mc:Fallback, w:instrText, w:delText
    private var tables: [[[String]]] = []    // stack of tables: rows of cells
    private var cellParagraphs: [[String]] = []
    private var numId: String?
    private var level = 0
    private var style: String?
    private var previousWasListItem = false

    init(numbering: DocxNumbering) {
        self.numbering = numbering
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if skipDepth > 0 || name == "Fallback" || name == "delText" || name == "instrText" { skipDepth += 1; return }
        switch name {
        case "p": paragraphs.append(""); numId = nil; level = 0; style = nil
        case "t": inText = true
        case "tab": appendText("\t")
        case "br", "cr": appendText("\n")
        case "noBreakHyphen": appendText("-")
        case "pStyle": style = OOXML.value(attributes)
        case "numId": numId = OOXML.value(attributes)
        case "ilvl": level = Int(OOXML.value(attributes) ?? "0") ?? 0
        case "tbl": tables.append([])
        case "tr": if !tables.isEmpty { tables[tables.count - 1].append([]) }
        case "tc": cellParagraphs.append([])
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipDepth > 0 { skipDepth -= 1; return }
        switch name {
        case "t": inText = false
        case "p": endParagraph()
        case "tc":
            let cell = (cellParagraphs.popLast() ?? []).filter { !$0.isEmpty }.joined(separator: " ")
            if !tables.isEmpty, !tables[tables.count - 1].isEmpty {
                tables[tables.count - 1][tables[tables.count - 1].count - 1].append(cell)
            }
        case "tbl":
            let rows = tables.popLast() ?? []
            let rowLines = rows.map { $0.joined(separator: " | ") }
            if cellParagraphs.isEmpty {
                separateFromPreviousBlock()
                previousWasListItem = false
                lines.append(contentsOf: rowLines)
            } else {
                cellParagraphs[cellParagraphs.count - 1].append(contentsOf: rowLines) // a nested table joins its cell
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { appendText(string) }
    }

    private func appendText(_ s: String) {
        guard skipDepth == 0, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1] += s
    }

    private func endParagraph() {
        guard var text = paragraphs.popLast() else { return }
        text = text.replacingOccurrences(of: "\u{00AD}", with: "")
        let marker = numbering.marker(numId: numId, level: level)
        if let marker { text = marker + text }
        if let heading = headingLevel(style), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            text = String(repeating: "#", count: heading) + " " + text
        }
        if !cellParagraphs.isEmpty {
            cellParagraphs[cellParagraphs.count - 1].append(text.replacingOccurrences(of: "\n", with: " "))
        } else {
            let isListItem = marker != nil
            let isBlank = text.trimmingCharacters(in: .whitespaces).isEmpty
            if !isBlank, !(isListItem && previousWasListItem) { separateFromPreviousBlock() }
            lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            if !isBlank { previousWasListItem = isListItem }
        }
    }

    /// Word separates paragraphs by spacing, not by empty paragraphs; the minutes reader
    /// separates them by blank lines. So a paragraph (or a table) starts after a blank line,
    /// except the items of one list, which stay together as in a text file.
    private func separateFromPreviousBlock() {
        if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
    }

    /// `Heading1`…`Heading6`, `Kop1`…, `Title`/`Titel` -> Markdown heading level.
    private func headingLevel(_ style: String?) -> Int? {
        guard let s = style?.lowercased() else { return nil }
        if s == "title" || s == "titel" { return 1 }
        for prefix in ["heading", "kop"] where s.hasPrefix(prefix) {
            if let n = Int(s.dropFirst(prefix.count)), (1...6).contains(n) { return n }
        }
        return nil
    }
}

/// Attribute access with namespace processing on: keys may or may not carry their prefix.
enum OOXML {
    /// The `w:val` attribute (`val` under any prefix).
    static func value(_ attributes: [String: String]) -> String? { attribute("val", attributes) }

    static func attribute(_ local: String, _ attributes: [String: String]) -> String? {
        if let v = attributes[local] { return v }
        return attributes.first { $0.key.hasSuffix(":" + local) }?.value
    }
}
