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
        let lines = LineCleaner.clean(text)
        let header = try HeaderReader(lexicons: lexicons).read(lines, fileName: fileName)
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
        let name = (fileName as NSString).lastPathComponent
        return Meeting(body: header.body, date: header.date, title: header.title, source: name,
                       sourceHash: StableKey.contentHash(Data(text.utf8)), text: text, items: items)
    }
}
