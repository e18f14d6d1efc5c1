import Foundation

/// Markdown export: an action list for the next meeting's papers (issue 4), grouped by
/// topic, then by responsible party. A follow-up with several topics or parties is listed
/// under each; one without a party under `noParty`.
public enum MarkdownExport {
    /// Words of the document, so the CLI can give Dutch or English.
    public struct Labels: Sendable {
        public var title: String
        public var noParty: String
        public var due: String
        public var status: @Sendable (FollowUpStatus) -> String
        public var date: @Sendable (String) -> String

        /// Dutch labels (statuses as in Dutch commitment lists; dates as `31 mei 2017`).
        public static let dutch = Labels(title: "Actiepunten", noParty: "Geen partij genoemd", due: "deadline",
                                         status: { $0.dutchLabel }, date: dutchDate)
        /// English labels, ISO dates.
        public static let english = Labels(title: "Follow-ups", noParty: "No party named", due: "due",
                                           status: { $0.englishLabel }, date: { $0 })

        public init(title: String, noParty: String, due: String, status: @escaping @Sendable (FollowUpStatus) -> String,
                    date: @escaping @Sendable (String) -> String) {
            self.title = title
            self.noParty = noParty
            self.due = due
            self.status = status
            self.date = date
        }
    }

    /// The Markdown document.
    /// - Parameters:
    ///   - topicTitle: display name of a topic id (`screening-vog` -> `Screening/VOG`).
    ///   - topicOrder: topic ids in the order of the panes; others follow alphabetically.
    public static func document(_ rows: [FollowUpRow], labels: Labels = .dutch, topicTitle: (String) -> String,
                                topicOrder: [String]) -> String {
        var byTopic: [String: [FollowUpRow]] = [:]
        for r in rows {
            for t in (r.topics.isEmpty ? ["overig"] : r.topics) { byTopic[t, default: []].append(r) }
        }
        let topics = byTopic.keys.sorted { a, b in
            let ia = topicOrder.firstIndex(of: a) ?? Int.max, ib = topicOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        var out = "# \(labels.title)\n"
        for topic in topics {
            out += "\n## \(inline(topicTitle(topic)))\n"
            var byParty: [String: [FollowUpRow]] = [:]
            for r in byTopic[topic] ?? [] {
                for p in (r.parties.isEmpty ? [labels.noParty] : r.parties) { byParty[p, default: []].append(r) }
            }
            for party in byParty.keys.sorted(by: { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }) {
                out += "\n### \(inline(party))\n\n"
                for r in byParty[party] ?? [] { out += line(r, labels) + "\n" }
            }
        }
        return out
    }

    static func line(_ r: FollowUpRow, _ labels: Labels) -> String {
        let box = r.status == .done ? "[x]" : "[ ]"
        var s = "- \(box) \(inline(r.text))"
        if let due = r.due { s += " — **\(labels.due) \(labels.date(due))**" }
        if r.status != .open { s += " — \(labels.status(r.status))" }
        s += " (\(inline(r.meetingBody)) \(labels.date(r.meetingDate)), \(inline(r.itemTitle))) `\(r.shortID)`"
        if let note = r.note { s += "\n  - \(inline(note))" }
        return s
    }

    /// One line of inline Markdown: control characters dropped, line breaks as spaces,
    /// characters that start Markdown syntax escaped with a backslash.
    static func inline(_ s: String) -> String {
        var out = ""
        for ch in ExportText.clean(s, keepNewlines: false) {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// `2017-05-31` -> `31 mei 2017`; other text unchanged.
    public static func dutchDate(_ iso: String) -> String {
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
        let p = iso.split(separator: "-")
        guard p.count == 3, let m = Int(p[1]), let d = Int(p[2]), (1...12).contains(m) else { return iso }
        return "\(d) \(months[m - 1]) \(p[0])"
    }
}
