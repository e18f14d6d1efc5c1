import ArgumentParser
import Dashboard
import Foundation

/// Options every command that touches the store accepts.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store (SQLite file). Default: $OVERLEG_DB, else $XDG_DATA_HOME/overleg/overleg.sqlite.")
    var db: String?

}

/// Options of the commands that show text to a person.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the interface: nl (default) or en. An English locale (LANG=en_*) also gives en.")
    var lang: String?

    /// `--lang` when given, else English when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first
    /// one set, POSIX order) starts with `en`, else Dutch.
    /// - Throws: `ValidationError` for a `--lang` other than nl or en.
    func language(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language {
        try Self.language(lang: lang, environment: environment)
    }

    /// The language for `--lang` (nil when not given) and `environment`: see `language()`.
    /// - Throws: `ValidationError` for a `lang` other than nl or en.
    static func language(lang: String?, environment: [String: String]) throws -> Language {
        if let lang {
            guard let language = Language(rawValue: lang.lowercased()) else {
                throw ValidationError("--lang must be nl or en, not '\(lang)'")
            }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("en") ? .en : .nl
            }
        }
        return .nl
    }
}
