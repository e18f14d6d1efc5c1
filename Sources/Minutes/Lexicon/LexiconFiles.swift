import Foundation

/// A topic of the topic lexicon (`Resources/topics.json`, ANNOTATION.md §4).
public struct TopicEntry: Sendable, Hashable, Codable {
    /// Topic id as used in the parse JSON (`ondermijning`, `screening-vog`, ...).
    public var id: String
    /// Pane title shown in the dashboard (`Screening/VOG`).
    public var title: String
    /// Cue phrases (see `Cue`): words that say an item is about this topic.
    public var cues: [String]
}

/// The topic lexicon file: topics and the id used when no cue matches.
public struct TopicsFile: Sendable, Hashable, Codable {
    public var fallback: String?
    public var topics: [TopicEntry]
}

/// A canonical party and the variants that name it (`Resources/parties.json`, PARTIES.md).
public struct PartyEntry: Sendable, Hashable, Codable {
    /// Canonical name (PARTIES.md), e.g. `minister van Justitie en Veiligheid`.
    public var name: String
    /// Variants; `<Naam>` stands for one to three capitalised words.
    public var variants: [String]
    /// True for parties that are only ever addressed (the Tweede Kamer), never actors.
    public var recipientOnly: Bool?
    /// Role (`minister`) that acts when an agentless follow-up only names this recipient.
    public var informedBy: String?
}

/// A word whose party depends on the document or item (ANNOTATION.md §5).
public struct RoleEntry: Sendable, Hashable, Codable {
    public var variants: [String]
    /// `minister`, `body`, `author`, `antecedent` or `party`.
    public var resolve: String
    /// The party for `resolve == "party"`.
    public var party: String?
    /// The party when `minister` finds no minister named in the item.
    public var `default`: String?
    /// Only in documents of these bodies (nil: all).
    public var bodies: [String]?
}

/// A signatory phrase and the party `ik`/`wij` then stands for.
public struct AuthorEntry: Sendable, Hashable, Codable {
    public var variants: [String]
    public var party: String
}

/// The party lexicon file.
public struct PartiesFile: Sendable, Hashable, Codable {
    /// Canonical names of the parties `de minister` can resolve to.
    public var ministers: [String]?
    public var parties: [PartyEntry]
    public var roles: [RoleEntry]?
    public var authors: [AuthorEntry]?
}

/// Cue lists of `Resources/statements.json` (ANNOTATION.md §0, §5, §6).
public struct StatementsFile: Sendable, Hashable, Codable {
    public struct FollowUpCues: Sendable, Hashable, Codable {
        public var strong: [String]
        public var commitment: [String]
        public var passive: [String]
        public var agendaReturn: [String]
        public var promise: [String]
        public var report: [String]
        public var continuation: [String]
    }
    public struct DecisionCues: Sendable, Hashable, Codable {
        public var cues: [String]
        public var not: [String]
        public var agreement: [String]
    }
    public struct Labels: Sendable, Hashable, Codable {
        public var decision: [String]
        public var followUp: [String]
        public var both: [String]
        public var none: [String]
        public var done: [String]
    }
    public struct TaskInfinitive: Sendable, Hashable, Codable {
        public var cues: [String]
    }
    public struct Clauses: Sendable, Hashable, Codable {
        public var conjunctions: [String]
        public var clauseStarters: [String]
        /// Words that open a subordinate clause after a comma (`, die …`).
        public var relatives: [String]?
        /// Words a `…` gap of a statement cue cannot run across (`zullen brengen waar … niet`).
        public var gapStops: [String]?
    }
    public struct PartyContext: Sendable, Hashable, Codable {
        public var excluding: [String]
        public var coActor: [String]
        public var between: [String]
        public var agent: [String]
        public var skip: [String]
        public var conjunction: [String]
        /// `als`: a mention after it (`de voorzitter … als regioburgemeester`) replaces the actor before it.
        public var qualifier: [String]?
    }
    public var followUp: FollowUpCues
    /// Kinds of non-follow-ups (wish, position, request, ...) and their cues.
    public var notFollowUp: [String: [String]]
    public var decision: DecisionCues
    public var labels: Labels
    public var taskInfinitive: TaskInfinitive
    public var clauses: Clauses
    public var parties: PartyContext
}

/// `Resources/bodies.json`: meeting bodies and the words of document layout.
public struct BodiesFile: Sendable, Hashable, Codable {
    public struct Body: Sendable, Hashable, Codable {
        public var name: String
        public var variants: [String]
    }
    public struct TableColumns: Sendable, Hashable, Codable {
        public var item: [String]
        public var action: [String]
        public var who: [String]
        public var when: [String]
        public var status: [String]
    }
    public struct Document: Sendable, Hashable, Codable {
        public var headerLabels: [String]
        public var subjectLabels: [String]
        public var letterDateLabels: [String]
        public var meetingDateCues: [String]
        public var headerStarts: [String]
        public var salutations: [String]
        public var introCues: [String]
        public var sectionLabels: [String]
        public var closings: [String]
        public var nonTitleStarts: [String]
        public var titleStopWords: [String]
        public var titleLeadIns: [String]
        public var titleDropWords: [String]
        public var tableColumns: TableColumns
        /// Labels of a line of abbreviations (`Afkortingen: KC = korpschef, …`), which add variants for one document.
        public var legendLabels: [String]?
        /// Words that open a numbered heading (`Agendapunt 3 - Titel`): the word, the number and the dash are not part of the title.
        public var headingPrefixes: [String]?
        /// Abbreviations (without their final dot) after which a sentence does not end.
        public var abbreviations: [String]
    }
    public var bodies: [Body]
    public var document: Document
}
