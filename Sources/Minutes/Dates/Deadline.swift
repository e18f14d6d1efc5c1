/// A deadline found in a follow-up sentence (ANNOTATION.md §7).
public struct Deadline: Sendable, Hashable {
    /// The resolved date as ISO `YYYY-MM-DD`, or nil when the phrase is vague or depends on an event.
    public var due: String?
    /// The time phrase exactly as written in the sentence (e.g. `"Eind mei"`).
    public var dueText: String

    /// Creates a deadline.
    public init(due: String?, dueText: String) {
        self.due = due
        self.dueText = dueText
    }
}
