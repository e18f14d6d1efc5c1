import Foundation

/// Keys written as text, for `overleg render --keys "j j space enter esc"` and tests.
///
/// A script is a list of tokens separated by spaces (runs of whitespace count as one).
/// A token is either a key name — `space`, `enter` (or `return`), `esc` (or `escape`),
/// `tab`, `backtab` (or `shift-tab`, `s-tab`), `up`, `down`, `left`, `right`, `pgup`
/// (`pageup`), `pgdn` (`pagedown`), `home`, `end`, `backspace` (`bs`), `ctrl-X` for a letter
/// X (`ctrl-c`) — or exactly one character, which is that character's key (`j`, `G`, `/`,
/// `?`, `ë`). Names are case-insensitive; single characters are taken as written. To type a
/// word into the search or the picker, give its letters as separate tokens (`/ k o r p s`).
///
/// `events(_:)` also takes mouse and resize tokens (0-based cells): `click:X,Y`,
/// `dclick:X,Y`, `wheelup:X,Y`, `wheeldown:X,Y`, `resize:WxH`.
public enum KeyScript {
    /// A token that is neither a key name nor a single character.
    public struct UnknownKey: Error, CustomStringConvertible, Equatable {
        public let token: String
        public init(token: String) { self.token = token }
        public var description: String {
            "unknown key '\(token)' in --keys (use a single character, one of: \(KeyScript.names.joined(separator: ", ")); "
                + "or a mouse or size token: click:X,Y, dclick:X,Y, wheelup:X,Y, wheeldown:X,Y, resize:WxH)"
        }
    }

    static let named: [String: Key] = [
        "space": .char(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "backtab": .backTab, "shift-tab": .backTab, "s-tab": .backTab,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "backspace": .backspace, "bs": .backspace,
    ]

    /// The key names a script accepts, for messages and documentation.
    public static let names: [String] = [
        "space", "enter", "esc", "tab", "backtab", "up", "down", "left", "right", "pgup", "pgdn",
        "home", "end", "backspace", "ctrl-<letter>",
    ]

    /// The keys of a script, in order.
    /// - Throws: `UnknownKey` naming the first token that is not a key.
    public static func parse(_ script: String) throws -> [Key] {
        try script.split(whereSeparator: \.isWhitespace).map { try key(String($0)) }
    }

    /// The events of a script: keys as `parse`, plus mouse and resize tokens.
    /// - Throws: `UnknownKey` naming the first token that is neither.
    public static func events(_ script: String) throws -> [Event] {
        try script.split(whereSeparator: \.isWhitespace).map { tok in
            let t = String(tok)
            if t.count > 1, let colon = t.firstIndex(of: ":") {
                let name = t[..<colon].lowercased()
                let args = t[t.index(after: colon)...]
                if name == "resize" {
                    let wh = args.split(separator: "x").compactMap { Int($0) }
                    if wh.count == 2, wh[0] >= 0, wh[1] >= 0 { return .resize(width: wh[0], height: wh[1]) }
                }
                let xy = args.split(separator: ",").compactMap { Int($0) }
                let actions: [String: MouseAction] = ["click": .press, "dclick": .doubleClick,
                                                      "wheelup": .wheelUp, "wheeldown": .wheelDown]
                if xy.count == 2, let a = actions[name] { return .mouse(a, x: xy[0], y: xy[1]) }
                throw UnknownKey(token: t)
            }
            return .key(try key(t))
        }
    }

    /// One token as a key.
    /// - Throws: `UnknownKey`.
    public static func key(_ token: String) throws -> Key {
        if token.count == 1, let c = token.first { return .char(c) }
        let lower = token.lowercased()
        if let k = named[lower] { return k }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter { return .ctrl(c) }
        }
        throw UnknownKey(token: token)
    }
}
