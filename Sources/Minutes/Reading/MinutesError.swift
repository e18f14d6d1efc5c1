/// An error reading or interpreting a minutes document.
///
/// Its `description` is one line: `"FILE: message"`, naming the file and the cause,
/// as the common brief asks for every error on data from outside.
public struct MinutesError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, independent of wording: a program showing the error in another
    /// language words it from the kind (the `message` is English).
    public enum Kind: Sendable, Equatable {
        /// The bytes are not text (`TextDecoding`: no known encoding, a NUL, too many controls).
        case notText
        /// The document holds no text.
        case empty
        /// The title names no meeting body nor a kind of minutes.
        case notMinutes
        /// No meeting date in the header.
        case noDate
        /// Anything else.
        case other
    }

    /// The file name (or path) as the user gave it.
    public var file: String
    /// The cause, in one line, without the file name.
    public var message: String
    /// The kind of fault (`.other` unless the thrower says).
    public var kind: Kind

    /// Creates an error for `file` with the cause `message`.
    public init(file: String, message: String, kind: Kind = .other) {
        self.file = file
        self.message = message
        self.kind = kind
    }

    /// `"FILE: message"`.
    public var description: String { "\(file): \(message)" }

    /// Equal when file and message are: the kind follows from the message, so errors
    /// written before kinds existed still compare as they did.
    public static func == (a: MinutesError, b: MinutesError) -> Bool { a.file == b.file && a.message == b.message }
}
