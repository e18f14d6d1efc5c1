import ArgumentParser
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
}
