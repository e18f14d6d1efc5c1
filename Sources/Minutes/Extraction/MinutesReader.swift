import Foundation

/// Reads one minutes document into a `Meeting` (DESIGN.md "Reading minutes"): bytes → text →
/// clean lines → header → agenda items → sentences → kinds → parties and deadlines → topics.
public enum MinutesReader {
    /// Reads `data` (the file's bytes).
    /// - Parameters:
    ///   - data: raw bytes (UTF-8, UTF-16 with BOM, Windows-1252; any line ends).
    ///   - fileName: the file name as given; stored as `source` and used in errors.
    ///   - lexicons: the lexicons (embedded, merged with the user's own).
    /// - Returns: the meeting, items in document order; line numbers 1-based in the file.
    /// - Throws: `MinutesError` when the bytes are not text or no meeting date can be found.
    public static func read(_ data: Data, fileName: String, lexicons: Lexicons) throws -> Meeting {
        let text = try TextDecoding.decode(data, fileName: fileName)
        var meeting = try read(text: text, fileName: fileName, lexicons: lexicons)
        meeting.sourceHash = StableKey.contentHash(data)
        return meeting
    }

    /// Reads already decoded text (`"\n"` line ends); `sourceHash` is the hash of its UTF-8 bytes.
    public static func read(text: String, fileName: String, lexicons: Lexicons) throws -> Meeting {
        let headerReader = HeaderReader(lexicons: lexicons)
        let lines = LineCleaner.clean(text) { line in
            headerReader.namesMinutes(LineKind.stripBold(line.trimmingBlanks.drop { $0 == "#" }.trimmingBlanks))
        }
        let header = try headerReader.read(lines, fileName: fileName)
        let legend = Legend.variants(in: lines, lexicons: lexicons, body: header.body)
        let lexicons = legend.isEmpty ? lexicons : lexicons.addingVariants(legend)
        let segments = Segmenter(lexicons: lexicons).segments(lines, titleLine: header.titleLine)
        let extractor = ItemExtractor(lexicons: lexicons, header: header)
        let splitter = SentenceSplitter(lexicons: lexicons)
        let titles = TitleMaker(lexicons: lexicons)
        let topics = TopicAssigner(lexicons: lexicons)
        var items: [AgendaItem] = []
        for seg in segments {
            let body = seg.units.map(\.text).joined(separator: "\n")
            var title = seg.title
            if title.isEmpty, let first = seg.units.first.flatMap({ splitter.split($0.text).first }) {
                title = titles.title(from: first.text)
            }
            let (followUps, decisions) = extractor.extract(seg)
            items.append(AgendaItem(id: StableKey.item(body: header.body, date: header.date, title: title),
                                    title: title, topics: topics.topics(title: title, text: body),
                                    lines: LineRange(seg.firstLine, seg.lastLine), text: body,
                                    followUps: followUps, decisions: decisions))
        }
        uniqueIDs(&items, body: header.body, date: header.date)
        let name = (fileName as NSString).lastPathComponent
        return Meeting(body: header.body, date: header.date, title: header.title, source: name,
                       sourceHash: StableKey.contentHash(Data(text.utf8)), text: text, items: items)
    }

    /// The same sentence twice in one meeting ("Het onderwerp komt terug op de agenda." in two
    /// items) must not share a key: the second gets the key of the text with ` #2` added, and so on.
    /// Keys stay stable as long as the order of the repeats does not change.
    static func uniqueIDs(_ items: inout [AgendaItem], body: String, date: String) {
        var seen: [String: Int] = [:]
        func unique(_ id: String, _ make: (String) -> String) -> String {
            let n = (seen[id] ?? 0) + 1
            seen[id] = n
            return n == 1 ? id : make(" #\(n)")
        }
        for i in items.indices {
            items[i].id = unique(items[i].id) { StableKey.item(body: body, date: date, title: items[i].title + $0) }
            for k in items[i].followUps.indices {
                let text = items[i].followUps[k].text
                items[i].followUps[k].id = unique(items[i].followUps[k].id) { StableKey.followUp(body: body, date: date, text: text + $0) }
            }
            for k in items[i].decisions.indices {
                let text = items[i].decisions[k].text
                items[i].decisions[k].id = unique(items[i].decisions[k].id) { StableKey.decision(body: body, date: date, text: text + $0) }
            }
        }
    }
}
