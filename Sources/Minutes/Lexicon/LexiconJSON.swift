import Foundation

/// A lexicon file that cannot be used: its path, the line of the fault (1-based, when known)
/// and the cause. `description` is one line: `PATH:LINE: message`.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    /// The lexicon file as named to the loader (a user's file: its full path).
    public var path: String
    /// 1-based line of the fault, when it can be told.
    public var line: Int?
    /// The cause in one line, without the path.
    public var message: String

    /// Creates an error for `path` (at `line`) with the cause `message`.
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `PATH:LINE: message`, or `PATH: message` when the line is unknown.
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
            let offset = (ns.userInfo["NSJSONSerializationErrorIndex"] as? Int) ?? characterOffset(in: "\(ns.userInfo)")
            if line == nil, let offset {
                line = text.utf8.prefix(offset).filter { $0 == 10 }.count + 1
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

    /// The offset in `… around character 31.` (Foundation's message for a syntax error).
    private static func characterOffset(in text: String) -> Int? {
        guard let r = text.range(of: #"character (\d+)"#, options: .regularExpression) else { return nil }
        return Int(text[r].dropFirst(10))
    }

    private static func pathText(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// Line of the value that `path` leads to: keys are looked up in order, an index counts the
    /// elements of the array at that point (strings skipped, nesting respected).
    private static func line(of path: [CodingKey], in data: Data) -> Int? {
        let chars = Array(String(decoding: data, as: UTF8.self))
        var pos = 0
        for key in path {
            if let index = key.intValue {
                guard let p = element(index, after: pos, in: chars) else { break }
                pos = p
            } else {
                let needle = Array("\"\(key.stringValue)\"")
                guard let p = find(needle, from: pos, in: chars) else { break }
                pos = p + needle.count
            }
        }
        return chars[..<min(pos, chars.count)].filter { $0 == "\n" }.count + 1
    }

    private static func find(_ needle: [Character], from start: Int, in chars: [Character]) -> Int? {
        guard needle.count <= chars.count else { return nil }
        var i = start
        while i + needle.count <= chars.count {
            if Array(chars[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Position of element `index` of the first array that opens at or after `start`.
    private static func element(_ index: Int, after start: Int, in chars: [Character]) -> Int? {
        guard let open = chars[start...].firstIndex(of: "[") else { return nil }
        var depth = 0, count = -1, inString = false, expectElement = true
        var i = open + 1
        while i < chars.count {
            let c = chars[i]
            if inString {
                if c == "\\" { i += 1 } else if c == "\"" { inString = false }
            } else if c == "\"" {
                if depth == 0 && expectElement { count += 1; expectElement = false; if count == index { return i } }
                inString = true
            } else if c == "{" || c == "[" {
                if depth == 0 && expectElement { count += 1; expectElement = false; if count == index { return i } }
                depth += 1
            } else if c == "}" || c == "]" {
                if depth == 0 { return nil }
                depth -= 1
            } else if c == "," && depth == 0 {
                expectElement = true
            } else if !c.isWhitespace && depth == 0 && expectElement {
                count += 1; expectElement = false
                if count == index { return i }
            }
            i += 1
        }
        return nil
    }
}
