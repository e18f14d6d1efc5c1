/// Explicit dates in Dutch text.
public enum DutchDates {
    /// Every explicit date in `text`.
    /// - Parameters:
    ///   - text: a line or sentence.
    ///   - reference: ISO date whose year is used for dates written without a year.
    /// - Returns: ISO dates with the range of their text, in text order.
    public static func explicitDates(in text: String, reference: String?) -> [(iso: String, range: Range<String.Index>)] {
        []
    }
}
