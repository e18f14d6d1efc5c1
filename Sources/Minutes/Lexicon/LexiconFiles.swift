import Foundation

/// A topic of the topic lexicon (`Resources/topics.json`, ANNOTATION.md §4).
struct TopicEntry: Sendable, Hashable, Codable {
    /// Topic id as used in the parse JSON (`ondermijning`, `screening-vog`, ...).
    var id: String
    /// Pane title shown in the dashboard (`Screening/VOG`).
    var title: String
    /// Cue phrases (see `Cue`): words that say an item is about this topic.
    var cues: [String]
}

/// The topic lexicon file: topics and the id used when no cue matches.
struct TopicsFile: Sendable, Hashable, Codable {
    var fallback: String?
    var topics: [TopicEntry]
}

/// A canonical party and the variants that name it (`Resources/parties.json`, PARTIES.md).
struct PartyEntry: Sendable, Hashable, Codable {
    /// Canonical name (PARTIES.md), e.g. `minister van Justitie en Veiligheid`.
    var name: String
    /// Variants; `<Naam>` stands for one to three capitalised words.
    var variants: [String]
    /// True for parties that are only ever addressed (the Tweede Kamer), never actors.
    var recipientOnly: Bool?
    /// Role (`minister`) that acts when an agentless follow-up only names this recipient.
    var informedBy: String?
}

/// A word whose party depends on the document or item (ANNOTATION.md §5).
struct RoleEntry: Sendable, Hashable, Codable {
    var variants: [String]
    /// `minister`, `body`, `author`, `antecedent` or `party`.
    var resolve: String
    /// The party for `resolve == "party"`.
    var party: String?
    /// The party when `minister` finds no minister named in the item.
    var `default`: String?
    /// Only in documents of these bodies (nil: all).
    var bodies: [String]?
}

/// A signatory phrase and the party `ik`/`wij` then stands for.
struct AuthorEntry: Sendable, Hashable, Codable {
    var variants: [String]
    var party: String
}

/// The party lexicon file.
struct PartiesFile: Sendable, Hashable, Codable {
    /// Canonical names of the parties `de minister` can resolve to.
    var ministers: [String]?
    var parties: [PartyEntry]
    var roles: [RoleEntry]?
    var authors: [AuthorEntry]?
}

/// Cue lists of `Resources/statements.json` (ANNOTATION.md §0, §5, §6).
struct StatementsFile: Sendable, Hashable, Codable {
    struct FollowUpCues: Sendable, Hashable, Codable {
        var strong: [String]
        var commitment: [String]
        var passive: [String]
        var agendaReturn: [String]
        var promise: [String]
        var report: [String]
        var continuation: [String]
    }
    struct DecisionCues: Sendable, Hashable, Codable {
        var cues: [String]
        var not: [String]
        var agreement: [String]
        /// "Geen besluit": the only thing that keeps a `Besluit:` line from being a decision.
        var none: [String]?
    }
    struct Labels: Sendable, Hashable, Codable {
        var decision: [String]
        var followUp: [String]
        var both: [String]
        var none: [String]
        var done: [String]
        /// What after a label says there is nothing (`Actie: geen.`).
        var empty: [String]?
    }
    struct TaskInfinitive: Sendable, Hashable, Codable {
        var cues: [String]
    }
    struct Clauses: Sendable, Hashable, Codable {
        var conjunctions: [String]
        var clauseStarters: [String]
        /// Words that open a subordinate clause after a comma (`, die …`).
        var relatives: [String]?
        /// Words a `…` gap of a statement cue cannot run across (`zullen brengen waar … niet`).
        var gapStops: [String]?
    }
    struct PartyContext: Sendable, Hashable, Codable {
        var excluding: [String]
        var coActor: [String]
        var between: [String]
        var agent: [String]
        var skip: [String]
        var conjunction: [String]
        /// `als`: a mention after it (`de voorzitter … als regioburgemeester`) replaces the actor before it.
        var qualifier: [String]?
        /// `zowel`: after it, a qualifier word (`als`) joins two parties (`zowel de politie als het OM`).
        var correlative: [String]?
    }
    var followUp: FollowUpCues
    /// Kinds of non-follow-ups (wish, position, request, ...) and their cues.
    var notFollowUp: [String: [String]]
    var decision: DecisionCues
    var labels: Labels
    var taskInfinitive: TaskInfinitive
    var clauses: Clauses
    var parties: PartyContext
}

/// `Resources/bodies.json`: meeting bodies and the words of document layout.
struct BodiesFile: Sendable, Hashable, Codable {
    struct Body: Sendable, Hashable, Codable {
        var name: String
        var variants: [String]
    }
    struct TableColumns: Sendable, Hashable, Codable {
        var item: [String]
        var action: [String]
        var who: [String]
        var when: [String]
        var status: [String]
    }
    struct Document: Sendable, Hashable, Codable {
        /// Word stems of which one (or a body) must stand in the title or subject line of
        /// minutes (`verslag`, `besluitenlijst`, `terugkoppeling`, …): other documents are
        /// refused, so a README in a folder of minutes is not imported as a meeting.
        var minutesKinds: [String]?
        var headerLabels: [String]
        var subjectLabels: [String]
        var letterDateLabels: [String]
        var meetingDateCues: [String]
        /// Lines whose date is not the meeting's (`Vastgesteld in de vergadering van …`, `Verzonden:`).
        var notMeetingDateCues: [String]?
        var headerStarts: [String]
        var salutations: [String]
        var introCues: [String]
        var sectionLabels: [String]
        var closings: [String]
        var nonTitleStarts: [String]
        var titleStopWords: [String]
        var titleLeadIns: [String]
        var titleDropWords: [String]
        var tableColumns: TableColumns
        /// Labels of a line of abbreviations (`Afkortingen: KC = korpschef, …`), which add variants for one document.
        var legendLabels: [String]?
        /// Words that open a numbered heading (`Agendapunt 3 - Titel`): the word, the number and the dash are not part of the title.
        var headingPrefixes: [String]?
        /// Abbreviations (without their final dot) after which a sentence does not end.
        var abbreviations: [String]
    }
    var bodies: [Body]
    var document: Document
}
