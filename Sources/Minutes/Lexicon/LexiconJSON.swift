import Foundation

/// A lexicon file that cannot be used: its path, the line of the fault (1-based, when known)
/// and the cause. `description` is one line: `PATH:LINE: message`.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}

/// Decoding of lexicon JSON with errors that name the file and the line.
enum LexiconJSON {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let ns = error as NSError
            let text = String(decoding: data, as: UTF8.self)
            var line = lineNumber(in: "\(ns.userInfo)")
            if line == nil, let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int {
                line = text.utf8.prefix(index).filter { $0 == 10 }.count + 1
            }
            throw LexiconError(path: path, line: line, message: "not valid JSON")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw LexiconError(path: path, line: line(of: ctx.codingPath, in: data),
                               message: "missing key \"\(key.stringValue)\" in \(pathText(ctx.codingPath))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw LexiconError(path: path, line: line(of: ctx.codingPath, in: data),
                               message: "wrong type at \(pathText(ctx.codingPath))")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw LexiconError(path: path, line: line(of: ctx.codingPath, in: data),
                               message: "null at \(pathText(ctx.codingPath))")
        } catch {
            throw LexiconError(path: path, line: nil, message: "cannot be read as a lexicon")
        }
    }

    private static func lineNumber(in text: String) -> Int? {
        guard let r = text.range(of: #"line (\d+)"#, options: .regularExpression) else { return nil }
        return Int(text[r].dropFirst(5))
    }

    private static func pathText(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// Line of the last named key of `path` (its first occurrence), or of the top level.
    private static func line(of path: [CodingKey], in data: Data) -> Int? {
        let text = String(decoding: data, as: UTF8.self)
        guard let key = path.last(where: { $0.intValue == nil })?.stringValue,
              let r = text.range(of: "\"\(key)\"") else { return 1 }
        return text[..<r.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
