import Dashboard
import Foundation

/// The open follow-ups as plain text, for `overleg` when stdin or stdout is not a terminal
/// (issue 2 point 7, issue 5): no escape bytes, text from minutes made safe.
enum PlainList {
    /// Prints one line per open or partly done follow-up: short id, meeting, deadline,
    /// parties and the sentence, grouped under their agenda item.
    static func print(_ data: DashboardData, language: Language) {
        let byItem = Dictionary(grouping: data.followUps.filter { $0.status.isPending }, by: \.itemKey)
        var out = ""
        for item in data.items {
            guard let followUps = byItem[item.key], !followUps.isEmpty else { continue }
            let meeting = data.meetings.indices.contains(item.meeting) ? data.meetings[item.meeting] : nil
            out += SafeText.line("\(meeting.map { "\($0.body) \($0.date) · " } ?? "")\(item.title)") + "\n"
            for f in followUps {
                let due = f.due ?? "-"
                let parties = f.parties.isEmpty ? "-" : f.parties.joined(separator: ", ")
                out += "  \(f.status.box) \(f.shortID)  \(due)  \(SafeText.line(parties))  \(SafeText.line(f.text))\n"
            }
        }
        if out.isEmpty { out = language == .en ? "No open follow-ups.\n" : "Geen openstaande follow-ups.\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
