import Minutes

/// A digest of what the extractor made of a meeting: its title and every field of its items,
/// follow-ups and decisions (migration 006; `reparse` reports a meeting unchanged when the
/// digest is the same). Fed field by field into 64-bit FNV-1a, each string with its length in
/// front and each list with its count, so no two different extractions give the same byte
/// stream. Encoding the meeting with `JSONEncoder` did the same job at a third of the cost of
/// an import (callgrind, issue 4 "Speed").
///
/// A new stored field of `AgendaItem`, `FollowUp`, `Decision` or `LineRange` must be added
/// here; `ExtractionDigestTests` counts the fields and fails until it is.
struct ExtractionDigest {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The digest of `meeting`'s title and items, as 16 lower-case hex digits.
    static func of(_ meeting: Meeting) -> String {
        var d = ExtractionDigest()
        d.add(meeting.title)
        d.add(meeting.items.count)
        for item in meeting.items {
            d.add(item.id); d.add(item.title); d.add(item.topics); d.add(item.lines); d.add(item.text)
            d.add(item.followUps.count)
            for f in item.followUps {
                d.add(f.id); d.add(f.text); d.add(f.parties); d.add(f.due); d.add(f.dueText); d.add(f.status)
                d.add(f.lines)
            }
            d.add(item.decisions.count)
            for decision in item.decisions { d.add(decision.id); d.add(decision.text); d.add(decision.lines) }
        }
        return d.hex
    }

    private mutating func byte(_ b: UInt8) {
        hash ^= UInt64(b)
        hash = hash &* 0x0000_0100_0000_01b3
    }

    private mutating func add(_ n: Int) {
        var v = UInt64(bitPattern: Int64(n))
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    private mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { bytes in
            add(bytes.count)
            for b in bytes { byte(b) }
        }
    }

    /// nil and "" differ: a flag byte in front.
    private mutating func add(_ s: String?) {
        if let s { byte(1); add(s) } else { byte(0) }
    }

    private mutating func add(_ list: [String]) {
        add(list.count)
        for s in list { add(s) }
    }

    private mutating func add(_ lines: LineRange) {
        add(lines.first)
        add(lines.last)
    }

    private var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { k in digits[Int(truncatingIfNeeded: hash >> UInt64(60 - 4 * k)) & 0xf] },
                      as: UTF8.self)
    }
}
