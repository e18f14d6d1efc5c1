import Foundation
import Minutes
import OverlegResources

/// The lexicons for this run: the ones embedded from `Resources/`, merged with the user's own
/// `topics.json` and `parties.json` in `$XDG_CONFIG_HOME/overleg/` (else `~/.config/overleg/`)
/// when present (issue 3 "Lexicons a user can extend").
/// - Parameter environment: the process environment (tests pass their own).
/// - Throws: `LexiconError` (`PATH:LINE: cause`) for a malformed user file.
func loadLexicons(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Lexicons {
    var lex = try Lexicons(topics: EmbeddedResources.topicsJSON, parties: EmbeddedResources.partiesJSON,
                           statements: EmbeddedResources.statementsJSON, bodies: EmbeddedResources.bodiesJSON)
    let dir = userLexiconDirectory(environment: environment)
    let fm = FileManager.default
    let topics = dir.appendingPathComponent("topics.json")
    if fm.fileExists(atPath: topics.path) {
        try lex.mergeTopics(try readUserFile(topics), path: topics.path)
    }
    let parties = dir.appendingPathComponent("parties.json")
    if fm.fileExists(atPath: parties.path) {
        try lex.mergeParties(try readUserFile(parties), path: parties.path)
    }
    return lex
}

/// `$XDG_CONFIG_HOME/overleg`, or `~/.config/overleg` when the variable is unset or empty.
func userLexiconDirectory(environment: [String: String]) -> URL {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
        return URL(fileURLWithPath: xdg).appendingPathComponent("overleg")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".config/overleg")
}

private func readUserFile(_ url: URL) throws -> Data {
    do {
        return try Data(contentsOf: url)
    } catch {
        throw LexiconError(path: url.path, line: nil, message: "cannot be read")
    }
}
