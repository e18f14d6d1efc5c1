import Foundation
import Minutes
import Testing
@testable import Store

/// A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
func parseCSV(_ text: String) throws -> [[String]] {
    struct Bad: Error {}
    var records: [[String]] = [], record: [String] = [], field = ""
    var chars = Array(text.unicodeScalars)[...]
    var quoted = false, wasQuoted = false
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
            } else { field.unicodeScalars.append(c) }
            continue
        }
        switch c {
        case "\"":
            guard field.isEmpty, !wasQuoted else { throw Bad() }
            quoted = true; wasQuoted = true
        case ",":
            record.append(field); field = ""; wasQuoted = false
        case "\r":
            guard chars.popFirst() == "\n" else { throw Bad() }
            record.append(field); records.append(record); record = []; field = ""; wasQuoted = false
        case "\n":
            throw Bad()     // a bare LF outside quotes is not RFC 4180
        default:
            guard !wasQuoted else { throw Bad() }
            field.unicodeScalars.append(c)
        }
    }
    guard !quoted, field.isEmpty, record.isEmpty else { throw Bad() }
    return records
}

@Suite("Exports")
struct ExportTests {
    func rows() throws -> (TempStore, [FollowUpRow]) {
        let t = try TempStore()
        let b = "LOVP", d = "2019-11-04"
        try t.store.importMeeting(Fixture.meeting(b, d, items: [
            Fixture.item(b, d, "Politie, BOA's en \"handhaving\"", topics: ["governance"], followUps: [
                .init(text: "De korpschef zal, samen met de burgemeesters, een \"plan\" maken; eind december.",
                      parties: ["korpschef", "burgemeesters"], due: "2019-12-31", dueText: "eind december"),
                .init(text: "Er komt een brief over de inzet van BOA's zonder deadline.", parties: ["minister van Justitie en Veiligheid"]),
                .init(text: "De regioburgemeesters zullen de notitie Één tweeëntwintigste versie van het Veiligheidsberaad over de ‘samenwerking’ bespreken vóór 1 februari.",
                      parties: ["regioburgemeesters"], due: "2020-02-01"),
            ]),
        ]))
        let all = try t.store.followUps(.everything)
        try t.store.setNote(key: all[0].key, note: "Regel één\nregel twee, met \"aanhalingstekens\"")
        try t.store.setStatus(key: all[2].key, status: .done)
        return (t, try t.store.followUps(.everything))
    }

    @Test("CSV parses back field for field: quotes, commas, line breaks")
    func csvRoundTrip() throws {
        let (t, rows) = try rows()
        defer { t.cleanup() }
        let csv = CSVExport.document(rows)
        let records = try parseCSV(csv)
        #expect(records.count == rows.count + 1)
        #expect(records[0] == CSVExport.columns)
        for (record, row) in zip(records.dropFirst(), rows) {
            #expect(record.count == CSVExport.columns.count)
            #expect(record[1] == row.key && record[6] == row.text && record[4] == row.itemTitle)
            #expect(record[7] == row.parties.joined(separator: "; "))
            #expect(record[11] == (row.note ?? "").replacingOccurrences(of: "\n", with: "\r\n"))
            #expect(record[10] == row.status.rawValue)
        }
        #expect(records[1][11] == "Regel één\r\nregel twee, met \"aanhalingstekens\"")
    }

    @Test("iCalendar: VCALENDAR with a VTODO per dated follow-up, CRLF, folded at 75 octets")
    func icsStructure() throws {
        let (t, rows) = try rows()
        defer { t.cleanup() }
        let ics = ICalendarExport.document(rows, now: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") })              // a long line was folded
        // Unfold (RFC 5545 §3.1) and check the structure.
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 2)      // the one without deadline is left out
        #expect(lines.filter { $0 == "END:VTODO" }.count == 2)
        #expect(lines.contains("DUE;VALUE=DATE:20191231"))
        #expect(lines.contains("DUE;VALUE=DATE:20200201"))
        #expect(lines.contains("UID:\(rows[0].key)@overleg"))
        #expect(lines.contains("DTSTAMP:20231114T221320Z"))
        #expect(lines.contains("SUMMARY:De korpschef zal\\, samen met de burgemeesters\\, een \"plan\" maken\\; eind december."))
        #expect(lines.contains("STATUS:COMPLETED") && lines.contains("STATUS:NEEDS-ACTION"))
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:De regioburgemeesters") })
        #expect(summary.contains("tweeëntwintigste") && summary.contains("‘samenwerking’"))
    }

    @Test("Folding never splits a UTF-8 sequence")
    func foldingUTF8() {
        let folded = ICalendarExport.fold("SUMMARY:" + String(repeating: "ë€", count: 60))
        for line in folded.components(separatedBy: "\r\n").dropLast() {
            #expect(line.utf8.count <= 75)
            #expect(String(data: Data(line.utf8), encoding: .utf8) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "ë€", count: 60) + "\r\n")
    }

    @Test("Markdown groups by topic then party, JSON carries the contract fields")
    func markdownAndJSON() throws {
        let (t, rows) = try rows()
        defer { t.cleanup() }
        let md = MarkdownExport.document(rows, topicTitle: { $0 == "governance" ? "Governance" : $0 }, topicOrder: ["governance"])
        #expect(md.hasPrefix("# Actiepunten\n\n## Governance\n"))
        #expect(md.contains("### korpschef") && md.contains("### burgemeesters") && md.contains("### regioburgemeesters"))
        #expect(md.contains("**deadline 31 december 2019**"))
        #expect(md.contains("- [x] De regioburgemeesters") && md.contains("Afgerond"))
        #expect(md.components(separatedBy: "De korpschef zal").count == 3)   // under both of its parties

        let list = try JSONSerialization.jsonObject(with: JSONExport.list(rows, today: "2020-01-15")) as? [[String: Any]]
        let first = try #require(list?.first)
        #expect(first["id"] as? String == rows[0].shortID)
        #expect((first["meeting"] as? [String: String]) == ["body": "LOVP", "date": "2019-11-04"])
        #expect(first["item"] as? String == rows[0].itemTitle)
        #expect(first["parties"] as? [String] == ["korpschef", "burgemeesters"])
        #expect(first["due"] as? String == "2019-12-31" && first["status"] as? String == "open")
        #expect(first["overdue"] as? Bool == true)
        #expect(list?[1]["due"] is NSNull)

        let items = try t.store.items(body: "LOVP", date: "2019-11-04")
        let export = try JSONSerialization.jsonObject(
            with: JSONExport.export(rows, meetings: try t.store.meetings(), items: items, today: "2020-01-15")) as? [String: Any]
        let meetings = try #require(export?["meetings"] as? [[String: Any]])
        let exportedItems = try #require(meetings.first?["items"] as? [[String: Any]])
        #expect((exportedItems.first?["followUps"] as? [Any])?.count == 3)
    }
}
