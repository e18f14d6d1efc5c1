/// One line of a document after cleaning, with its line number in the original file.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number in the decoded file (CRLF and lone CR count as one line end).
    public var number: Int
    /// The cleaned text of the line, without its line end; `""` for a blank line.
    public var text: String

    /// Creates a line.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
