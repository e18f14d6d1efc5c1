/// Finds and resolves the deadline phrase of a follow-up sentence (ANNOTATION.md §7).
public enum DeadlineResolver {
    /// Finds the time phrase of `sentence` and resolves it against the meeting date.
    /// - Parameters:
    ///   - sentence: one follow-up sentence (or table row).
    ///   - meetingDate: the meeting date, ISO `YYYY-MM-DD`.
    /// - Returns: the deadline, or nil when the sentence has no time phrase.
    public static func find(in sentence: String, meetingDate: String) -> Deadline? {
        nil
    }
}
