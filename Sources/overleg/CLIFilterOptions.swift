import ArgumentParser
import Foundation
import Store

/// The filters shared by `list` and `export` (issue 4 "Command line").
struct CLIFilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only follow-ups of this party (canonical name; repeat for several: any of them).")
    var party: [String] = []

    @Option(name: .long, help: "Only follow-ups of agenda items with this topic id (ondermijning, screening-vog, coa-incidenten, governance, overig).")
    var topic: String?

    @Option(name: .long, help: "open (default), done, partly, lapsed, or all.")
    var status: String = "open"

    @Option(name: .long, help: "Only one body (LOVP), one date (2017-04-10) or one meeting (LOVP@2017-04-10).")
    var meeting: String?

    @Flag(name: .long, help: "Only follow-ups still open or partly done whose deadline has passed.")
    var overdue = false

    @Option(name: .customLong("due-before"), help: "Only follow-ups with a deadline before this date (YYYY-MM-DD).")
    var dueBefore: String?

    @Option(name: .long, help: "Only follow-ups whose sentence or agenda item title contains this text (taken literally).")
    var search: String?

    @Option(name: .long, help: "The date taken as today for --overdue (YYYY-MM-DD). Default: today.")
    var today: String?

    func validate() throws {
        if status.lowercased() != "all", FollowUpStatus(parsing: status) == nil {
            throw ValidationError("--status must be open, done, partly, lapsed or all, not '\(status)'")
        }
        // Topic ids from the lexicons, the user's own topics.json included; a lexicon that
        // cannot be read is reported when the command reads it.
        if let topic, let ids = try? loadLexicons().topicIDs, !ids.contains(topic.lowercased()) {
            throw ValidationError("--topic must be one of \(ids.joined(separator: ", ")), not '\(topic)'")
        }
        for (name, value) in [("--due-before", dueBefore), ("--today", today)] {
            if let value, !ISODate.isValid(value) {
                throw ValidationError("\(name) must be a date written YYYY-MM-DD, not '\(value)'")
            }
        }
    }

    /// The store filter these options describe.
    var filter: FollowUpFilter {
        FollowUpFilter(
            parties: party, topic: topic?.lowercased(),
            status: status.lowercased() == "all" ? nil : FollowUpStatus(parsing: status),
            meeting: meeting.flatMap(MeetingSelector.init(parsing:)), overdue: overdue,
            today: today ?? ISODate.today(), dueBefore: dueBefore, search: search)
    }
}
