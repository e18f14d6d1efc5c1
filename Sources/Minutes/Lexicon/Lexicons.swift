import Foundation

/// All lexicons the extractor reads (DESIGN.md "Data model": `Party`, `Topic` from `Resources/`),
/// decoded and compiled for matching. No domain words live in Swift: every cue comes from here.
public struct Lexicons: Sendable {
    /// The topic lexicon (`topics.json`).
    private(set) var topicsFile: TopicsFile
    /// The party lexicon (`parties.json`).
    private(set) var partiesFile: PartiesFile
    /// The statement cues (`statements.json`).
    let statements: StatementsFile
    /// Bodies and layout words (`bodies.json`).
    let bodiesFile: BodiesFile

    /// Compiled forms, rebuilt whenever a lexicon is merged.
    private(set) var compiled: CompiledLexicons

    /// Decodes the four lexicon files.
    /// - Parameters: the JSON bytes of `topics.json`, `parties.json`, `statements.json`, `bodies.json`.
    ///   `names` gives the file names used in errors (defaults to the resource names).
    /// - Throws: `LexiconError` naming the file and the line of the fault.
    public init(topics: Data, parties: Data, statements: Data, bodies: Data) throws {
        topicsFile = try LexiconJSON.decode(TopicsFile.self, from: topics, path: "topics.json")
        partiesFile = try LexiconJSON.decode(PartiesFile.self, from: parties, path: "parties.json")
        self.statements = try LexiconJSON.decode(StatementsFile.self, from: statements, path: "statements.json")
        bodiesFile = try LexiconJSON.decode(BodiesFile.self, from: bodies, path: "bodies.json")
        compiled = CompiledLexicons(topicsFile, partiesFile, self.statements, bodiesFile)
    }

    /// Adds a user's own topics (`$XDG_CONFIG_HOME/overleg/topics.json`, issue 3): a topic with a
    /// known id gets the extra cues (and its title when given); a new id is a new topic.
    /// - Throws: `LexiconError` with `path` and the line of the fault.
    public mutating func mergeTopics(_ data: Data, path: String) throws {
        let user = try LexiconJSON.decode(TopicsFile.self, from: data, path: path)
        for t in user.topics {
            if let i = topicsFile.topics.firstIndex(where: { $0.id == t.id }) {
                topicsFile.topics[i].cues += t.cues
                if !t.title.isEmpty { topicsFile.topics[i].title = t.title }
            } else {
                topicsFile.topics.append(t)
            }
        }
        compiled = CompiledLexicons(topicsFile, partiesFile, statements, bodiesFile)
    }

    /// Adds a user's own parties (`$XDG_CONFIG_HOME/overleg/parties.json`): variants of a known
    /// canonical name are added to it; a new name is a new party; roles and authors are appended.
    /// - Throws: `LexiconError` with `path` and the line of the fault.
    public mutating func mergeParties(_ data: Data, path: String) throws {
        let user = try LexiconJSON.decode(PartiesFile.self, from: data, path: path)
        for p in user.parties {
            if let i = partiesFile.parties.firstIndex(where: { $0.name.lowercased() == p.name.lowercased() }) {
                partiesFile.parties[i].variants += p.variants
            } else {
                partiesFile.parties.append(p)
            }
        }
        partiesFile.roles = (partiesFile.roles ?? []) + (user.roles ?? [])
        partiesFile.authors = (partiesFile.authors ?? []) + (user.authors ?? [])
        partiesFile.ministers = (partiesFile.ministers ?? []) + (user.ministers ?? [])
        compiled = CompiledLexicons(topicsFile, partiesFile, statements, bodiesFile)
    }

    /// A copy with extra variants for one document (a legend such as `KC = korpschef`,
    /// ANNOTATION.md §9): each variant names the party or role its expansion names.
    func addingVariants(_ pairs: [(variant: String, target: PartyTarget)]) -> Lexicons {
        var copy = self
        for (variant, target) in pairs {
            switch target {
            case let .party(name):
                if let i = copy.partiesFile.parties.firstIndex(where: { $0.name == name }) {
                    copy.partiesFile.parties[i].variants.append(variant)
                }
            case let .role(resolve, party, fallback):
                copy.partiesFile.roles = (copy.partiesFile.roles ?? [])
                    + [RoleEntry(variants: [variant], resolve: resolve, party: party, default: fallback, bodies: nil)]
            }
        }
        copy.compiled = CompiledLexicons(copy.topicsFile, copy.partiesFile, copy.statements, copy.bodiesFile)
        return copy
    }

    /// Topic ids in lexicon order (the dashboard's pane order), fallback last.
    public var topicIDs: [String] { topicsFile.topics.map(\.id) }

    /// Pane title of a topic id (`screening-vog` → `Screening/VOG`); the id itself when unknown.
    public func topicTitle(_ id: String) -> String {
        topicsFile.topics.first { $0.id == id }?.title ?? id
    }

    /// Canonical party names in lexicon order.
    public var partyNames: [String] { partiesFile.parties.map(\.name) }
}

/// Cue sets compiled from the lexicon files.
struct CompiledLexicons: Sendable {
    let topicCues: [(id: String, cues: CueSet)]
    let fallbackTopic: String
    let parties: PartyMatcher
    let strong, commitment, passive, agendaReturn, promise, report, continuation: CueSet
    /// The kinds of non-follow-up that hold for one clause (wish, position, request, ongoing, ...).
    let notFollowUp: CueSet
    /// The kinds that hold for the whole sentence (`earlier`, `condition`).
    let notFollowUpSentence: CueSet
    let aim: CueSet
    /// Requests (`vroegen`, `verzoekt`): not a follow-up unless a commitment cue comes first in the clause.
    let request: CueSet
    let decision, decisionNot, agreement, taskInfinitive: CueSet
    /// `geen besluit`: a labelled decision line that is none.
    let noDecision: CueSet
    let bodies: [(name: String, cues: CueSet)]

    init(_ t: TopicsFile, _ p: PartiesFile, _ s: StatementsFile, _ b: BodiesFile) {
        topicCues = t.topics.map { ($0.id, CueSet($0.cues, splitHyphens: true)) }
        fallbackTopic = t.fallback ?? t.topics.last?.id ?? "overig"
        parties = PartyMatcher(p)
        let stops = Set(s.clauses.gapStops ?? [])
        strong = CueSet(s.followUp.strong, gapStops: stops)
        commitment = CueSet(s.followUp.commitment, gapStops: stops)
        passive = CueSet(s.followUp.passive, gapStops: stops)
        agendaReturn = CueSet(s.followUp.agendaReturn, gapStops: stops)
        promise = CueSet(s.followUp.promise, gapStops: stops)
        report = CueSet(s.followUp.report, gapStops: stops)
        continuation = CueSet(s.followUp.continuation, gapStops: stops)
        let sentenceWide: Set<String> = ["earlier", "condition"]
        let special: Set<String> = ["aim", "request"]
        notFollowUp = CueSet(s.notFollowUp.filter { !special.contains($0.key) && !sentenceWide.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value), gapStops: stops)
        request = CueSet(s.notFollowUp["request"] ?? [], gapStops: stops)
        notFollowUpSentence = CueSet(s.notFollowUp.filter { sentenceWide.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value), gapStops: stops)
        aim = CueSet(s.notFollowUp["aim"] ?? [], gapStops: stops)
        decision = CueSet(s.decision.cues, gapStops: stops)
        decisionNot = CueSet(s.decision.not, gapStops: stops)
        agreement = CueSet(s.decision.agreement, gapStops: stops)
        noDecision = CueSet(s.decision.none ?? [], gapStops: stops)
        taskInfinitive = CueSet(s.taskInfinitive.cues, gapStops: stops)
        bodies = b.bodies.map { ($0.name, CueSet($0.variants)) }
    }
}
