import Foundation

/// The status a user gives a follow-up (owned state). The Dutch labels are the terms of
/// Dutch commitment lists (DESIGN.md "Data model"): Openstaand, Afgerond, Deels afgerond,
/// Vervallen. The raw value is what the store and JSON/CSV output contain.
public enum FollowUpStatus: String, Sendable, CaseIterable, Codable, Hashable {
    case open, done, partly, lapsed

    /// The label in the Dutch interface.
    public var dutchLabel: String {
        switch self {
        case .open: "Openstaand"
        case .done: "Afgerond"
        case .partly: "Deels afgerond"
        case .lapsed: "Vervallen"
        }
    }

    /// The label in the English interface.
    public var englishLabel: String {
        switch self {
        case .open: "Open"
        case .done: "Done"
        case .partly: "Partly done"
        case .lapsed: "Lapsed"
        }
    }

    /// Still something to chase: `open` and `partly` (used by the overdue filter).
    public var isPending: Bool { self == .open || self == .partly }

    /// Parses `open|done|partly|lapsed`, the Dutch labels, or their usual short forms
    /// (case-insensitive); nil for anything else.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "open", "openstaand": self = .open
        case "done", "afgerond", "klaar": self = .done
        case "partly", "partial", "deels", "deels afgerond", "deels-afgerond": self = .partly
        case "lapsed", "vervallen": self = .lapsed
        default: return nil
        }
    }
}
