/// An error reading or interpreting a minutes document.
///
/// Its `description` is one line: `"FILE: message"`, naming the file and the cause,
/// as the common brief asks for every error on data from outside.
public struct MinutesError: Error, CustomStringConvertible, Equatable {
    /// The file name (or path) as the user gave it.
    public var file: String
    /// The cause, in one line, without the file name.
    public var message: String

    /// Creates an error for `file` with the cause `message`.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `"FILE: message"`.
    public var description: String { "\(file): \(message)" }
}
