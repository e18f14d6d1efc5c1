/// Dutch calendar vocabulary in one place: month and weekday names with their abbreviations,
/// ordinal and cardinal number words, seasons and events with their §7 conventions, time units and
/// vague time phrases. This is language, not domain vocabulary (issue 3); the grammar that uses it
/// is in `Periods`, `DeadlinePhrases` and `VaguePhrases`.
/// Keys are lower case without diacritics (see `DateTokens.fold`).
enum CalendarWords {
    /// Month names and abbreviations (Dutch, plus the English forms found in peer test suites).
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["januari", "jan", "january"], ["februari", "feb", "febr", "february"], ["maart", "mrt", "mar", "maa", "march"],
            ["april", "apr"], ["mei", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"],
            ["augustus", "aug", "august"], ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"],
            ["november", "nov"], ["december", "dec"],
        ]
        for (index, forms) in names.enumerated() { for form in forms { table[form] = index + 1 } }
        return table
    }()

    /// Month forms that are also ordinary words or too short to stand alone without a day number
    /// (`mei` stands alone; `mar`, `jun` do not).
    static func isFullMonthName(_ word: String) -> Bool {
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"].contains(word)
    }

    /// Weekday names and abbreviations, ISO numbering (1 = maandag).
    static let weekdays: [String: Int] = [
        "maandag": 1, "ma": 1, "dinsdag": 2, "di": 2, "woensdag": 3, "wo": 3, "donderdag": 4, "do": 4,
        "vrijdag": 5, "vr": 5, "zaterdag": 6, "za": 6, "zondag": 7, "zo": 7,
    ]

    /// Ordinal words (`eerste` … `eenendertigste`) and ordinal suffixes after digits (`1e`, `2de`, `1ste`).
    static let ordinals: [String: Int] = {
        var table: [String: Int] = [
            "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
            "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13,
            "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18,
            "negentiende": 19, "twintigste": 20, "dertigste": 30,
        ]
        let units = ["een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9]
        for (word, value) in units {
            table[word + "entwintigste"] = 20 + value // folded: tweeëntwintigste -> tweeentwintigste
            if value == 1 { table["eenendertigste"] = 31 }
        }
        return table
    }()
    static let ordinalSuffixes: Set<String> = ["e", "de", "ste", "ste.", "st", "nd", "rd", "th"]

    /// Cardinal words for `binnen vier weken`, `na een jaar`.
    static let cardinals: [String: Int] = [
        "een": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
        "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
        "zestien": 16, "twintig": 20, "dertig": 30, "zestig": 60, "negentig": 90, "honderd": 100,
    ]

    /// Ordinals that name a quarter or half year (`eerste kwartaal`, `laatste kwartaal`).
    static let periodOrdinals: [String: Int] = ["eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4,
                                                "1e": 1, "2e": 2, "3e": 3, "4e": 4]
}

extension CalendarWords {
    /// Seasons as ANNOTATION.md §7 resolves them: `in het voorjaar` 31 May, `in de zomer` 31 August,
    /// `in het najaar` 30 November (first and last day; folded keys, with their synonyms).
    static let seasons: [String: (canonical: String, first: (month: Int, day: Int), last: (month: Int, day: Int))] = [
        "voorjaar": ("voorjaar", (3, 1), (5, 31)), "lente": ("voorjaar", (3, 1), (5, 31)),
        "zomer": ("zomer", (6, 1), (8, 31)),
        "najaar": ("najaar", (9, 1), (11, 30)), "herfst": ("najaar", (9, 1), (11, 30)),
    ]

    /// Events with fixed deadline conventions (ANNOTATION.md §7): `voor de zomer` 30 June,
    /// `na de zomer` 30 September, `voor de jaarwisseling` / `voor het kerstreces` 31 December.
    /// Keys: the folded noun; values: (before, after) as (month, day), nil when not defined.
    static let events: [String: (before: (month: Int, day: Int)?, after: (month: Int, day: Int)?)] = [
        "zomer": ((6, 30), (9, 30)), "zomerreces": ((6, 30), (9, 30)), "zomervakantie": ((6, 30), (9, 30)),
        "zomerperiode": ((6, 30), (9, 30)),
        "jaarwisseling": ((12, 31), nil), "kerstreces": ((12, 31), nil), "kerstvakantie": ((12, 31), nil),
        "kerst": ((12, 31), nil), "jaareinde": ((12, 31), nil),
    ]

    /// Nouns of time units for `binnen vier weken`, `na een jaar` (value: days or months).
    static let units: [String: (days: Int, months: Int)] = [
        "dag": (1, 0), "dagen": (1, 0), "week": (7, 0), "weken": (7, 0), "maand": (0, 1), "maanden": (0, 1),
        "kwartaal": (0, 3), "kwartalen": (0, 3), "jaar": (0, 12), "jaren": (0, 12), "halfjaar": (0, 6),
    ]
}

extension CalendarWords {
    /// Vague time phrases of ANNOTATION.md §7 (due nil, dueText kept), folded tokens.
    static let vaguePhrases: [[String]] = [
        ["op", "korte", "termijn"], ["op", "zo", "kort", "mogelijke", "termijn"], ["op", "termijn"],
        ["zo", "snel", "mogelijk"], ["zo", "spoedig", "mogelijk"], ["zsm"], ["z", ".", "s", ".", "m", "."],
        ["binnenkort"], ["spoedig"], ["op", "een", "later", "moment"], ["op", "een", "later", "tijdstip"],
        ["in", "een", "later", "stadium"], ["in", "dat", "overleg"], ["in", "dit", "overleg"], ["in", "die", "vergadering"],
    ]
    /// `de komende jaren`, `de komende tijd`: vague spans.
    static let comingSpans: Set<String> = ["jaren", "maanden", "weken", "tijd", "periode", "dagen"]
    /// Words for "the next (meeting)".
    static let nextWords: Set<String> = ["volgende", "volgend", "eerstvolgende", "eerstvolgend", "komende", "komend"]
    /// Nouns for a meeting when `volgend` stands without a preposition (`volgend overleg`).
    static let meetingNouns: Set<String> = ["vergadering", "overleg", "bijeenkomst", "sessie", "bespreking", "keer", "beraad"]
}
