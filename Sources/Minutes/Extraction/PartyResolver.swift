import Foundation

/// Turns mentions into canonical party names in the context of a meeting and an item
/// (ANNOTATION.md §5, §9): `de minister` → the minister the item names (else the lexicon's
/// default), roles of the body → the body, `ik`/`wij` → the author, pronouns → the last actor.
struct PartyResolver {
    let matcher: PartyMatcher
    let header: MeetingHeader
    /// Ministers named explicitly in the item, in text order; found on first need (most items
    /// never resolve `de minister`, and scanning the whole item text is costly).
    var itemMinisters: [String] { ministers.value }
    private let ministers: Lazy<[String]>

    init(lexicons: Lexicons, header: MeetingHeader, itemText: String) {
        let m = lexicons.compiled.parties
        matcher = m
        self.header = header
        ministers = Lazy {
            m.mentions(in: Tokenizer.tokens(itemText), body: header.body).compactMap {
                if case let .party(name) = $0.target, m.ministers.contains(name) { return name }
                return nil
            }
        }
    }

    /// The canonical name of a mention; `antecedent` is the last actor before it, if any.
    func resolve(_ target: PartyTarget, antecedent: String?) -> String? {
        switch target {
        case let .party(name):
            return name
        case let .role(resolve, party, fallback):
            switch resolve {
            case "minister": return itemMinisters.first ?? fallback
            case "body": return header.body
            case "author": return header.author ?? header.body
            case "antecedent": return antecedent
            default: return party
            }
        }
    }

    /// True when `name` is only ever addressed (the Tweede Kamer): not an actor.
    func isRecipient(_ name: String) -> Bool { matcher.recipients[name] != nil }

    /// The actor when an agentless clause informs recipient `name` (the minister of the item).
    func informer(of name: String) -> String? {
        guard let role = matcher.recipients[name] ?? nil else { return nil }
        return resolve(.role(resolve: role, party: nil, fallback: matcher.roleDefaults[role]), antecedent: nil)
    }
}

/// A value computed once, on first use.
final class Lazy<Value> {
    private let make: () -> Value
    private var stored: Value?

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        if let stored { return stored }
        let v = make()
        stored = v
        return v
    }
}
