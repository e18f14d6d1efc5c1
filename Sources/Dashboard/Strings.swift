import Foundation

/// UI language: Dutch by default, English with `--lang en` (DESIGN.md "Dashboard").
public enum Language: String, Sendable, Hashable, CaseIterable {
    case nl, en
}

/// Every word the dashboard draws, in Dutch and English.
struct Strings: Sendable {
    let lang: Language

    var en: Bool { lang == .en }

    /// Pane titles in pane order (ISSUE 2 point 6).
    var paneTitles: [String] {
        en ? ["Subversive crime", "Screening/VOG", "COA incidents", "Governance", "Other"]
           : ["Ondermijning", "Screening/VOG", "COA-incidenten", "Governance", "Overig"]
    }

    /// Short pane names for the tab row when the full ones do not fit.
    var shortPaneTitles: [String] {
        en ? ["Crime", "VOG", "COA", "Gov.", "Other"] : ["Onderm.", "VOG", "COA", "Gov.", "Overig"]
    }

    func status(_ s: FollowUpStatus) -> String {
        switch s {
        case .open: en ? "Open" : "Openstaand"
        case .done: en ? "Done" : "Afgerond"
        case .partly: en ? "Partly done" : "Deels afgerond"
        case .lapsed: en ? "Lapsed" : "Vervallen"
        }
    }

    func sort(_ s: SortOrder) -> String {
        switch s {
        case .meeting: en ? "meeting" : "vergadering"
        case .deadline: en ? "deadline" : "deadline"
        case .party: en ? "party" : "partij"
        }
    }

    /// Short text for the hint bar of `mode` (↑↓ move the selection in the panes and the
    /// picker, and scroll the detail and the help).
    func hint(_ a: Action, in mode: Mode = .browse) -> String {
        switch a {
        case .down where mode == .detail || mode == .help: en ? "scroll" : "scrollen"
        case .down: en ? "move" : "kiezen"
        case .nextPane: en ? "pane" : "paneel"
        case .openDetail: en ? "detail" : "details"
        case .toggleDone: en ? "done" : "afgerond"
        case .partyPicker: en ? "party" : "partij"
        case .cycleStatus: en ? "status" : "status"
        case .search: en ? "search" : "zoeken"
        case .help: "help"
        case .quit: en ? "quit" : "stoppen"
        case .back: en ? "back" : "terug"
        case .pickerToggle: en ? "select" : "aanvinken"
        case .pickerApply: en ? "apply" : "toepassen"
        case .pickerCancel, .searchCancel: en ? "cancel" : "annuleren"
        case .searchAccept: en ? "keep" : "vasthouden"
        case .closeHelp: en ? "close" : "sluiten"
        case .editNote: en ? "note" : "notitie"
        case .noteSave: en ? "save" : "opslaan"
        case .noteCancel: en ? "cancel" : "annuleren"
        default: describe(a, in: mode)
        }
    }

    /// Full description for the help overlay, for a binding of `mode`'s table (the same
    /// action scrolls text in the detail and the help, and moves the selection elsewhere).
    func describe(_ a: Action, in mode: Mode = .browse) -> String {
        let scrolls = mode == .detail || mode == .help
        switch a {
        case .down where scrolls: return en ? "scroll down" : "omlaag scrollen"
        case .up where scrolls: return en ? "scroll up" : "omhoog scrollen"
        case .top where scrolls: return en ? "to the top" : "naar het begin"
        case .bottom where scrolls: return en ? "to the end" : "naar het eind"
        default: break
        }
        return switch a {
        case .down: en ? "next row" : "volgende regel"
        case .up: en ? "previous row" : "vorige regel"
        case .top: en ? "first row" : "eerste regel"
        case .bottom: en ? "last row" : "laatste regel"
        case .pageDown: en ? "page down" : "pagina omlaag"
        case .pageUp: en ? "page up" : "pagina omhoog"
        case .nextPane: en ? "next pane" : "volgend paneel"
        case .prevPane: en ? "previous pane" : "vorig paneel"
        case .jumpPane: en ? "go to pane 1 to 5" : "naar paneel 1 t/m 5"
        case .openDetail: en ? "open the detail" : "details openen"
        case .back: en ? "back to the panes" : "terug naar de panelen"
        case .toggleDone: en ? "mark done / open" : "afgerond / openstaand"
        case .cycleItemStatus: en ? "status: open → partly → done → lapsed" : "status: open → deels → af → vervallen"
        case .partyPicker: en ? "filter by party" : "filteren op partij"
        case .cycleStatus: en ? "filter by status (cycle)" : "filteren op status (wisselen)"
        case .toggleOverdue: en ? "only overdue (on / off)" : "alleen over de deadline (aan / uit)"
        case .cycleSort: en ? "sort: meeting, deadline, party" : "sorteren: vergadering, deadline, partij"
        case .cycleMeeting: en ? "meeting filter (newest first)" : "filteren op vergadering (nieuwste eerst)"
        case .cycleMeetingBack: en ? "meeting filter (back)" : "filteren op vergadering (terug)"
        case .search: en ? "search as you type" : "zoeken terwijl je typt"
        case .nextMatch: en ? "next match" : "volgende treffer"
        case .prevMatch: en ? "previous match" : "vorige treffer"
        case .clearFilter: en ? "clear the last filter" : "laatste filter wissen"
        case .undo: en ? "undo the last change" : "laatste wijziging ongedaan maken"
        case .help: en ? "this help" : "deze hulp"
        case .quit: en ? "quit" : "stoppen"
        case .pickerToggle: en ? "select / deselect party" : "partij aan- / uitvinken"
        case .pickerApply: en ? "apply the filter" : "filter toepassen"
        case .pickerCancel: en ? "close without change" : "sluiten zonder wijziging"
        case .searchAccept: en ? "keep the search" : "zoekopdracht vasthouden"
        case .searchCancel: en ? "cancel the search" : "zoekopdracht annuleren"
        case .deleteChar: en ? "delete a character" : "teken wissen"
        case .closeHelp: en ? "close the help" : "hulp sluiten"
        case .editNote: en ? "edit the follow-up's note" : "notitie bij de vervolgactie bewerken"
        case .noteSave: en ? "save the note (empty removes it)" : "notitie opslaan (leeg wist haar)"
        case .noteCancel: en ? "close without saving" : "sluiten zonder opslaan"
        }
    }

    func modeTitle(_ m: Mode) -> String {
        switch m {
        case .browse: en ? "Panes" : "Panelen"
        case .detail: en ? "Detail" : "Details"
        case .picker: en ? "Party picker (type to narrow)" : "Partijkiezer (typ om te beperken)"
        case .search: en ? "Search" : "Zoeken"
        case .help: "Help"
        case .note: en ? "Note" : "Notitie"
        }
    }

    /// Name of a key as the hint bar and help show it.
    func keyName(_ k: Key) -> String {
        switch k {
        case .char(" "): en ? "Space" : "Spatie"
        case .char(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "⌫"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        }
    }

    var help: String { "Help — overleg" }
    var detail: String { en ? "Detail" : "Details" }
    var parties: String { en ? "Parties" : "Partijen" }
    var party: String { en ? "Party" : "Partij" }
    var deadline: String { en ? "Deadline" : "Deadline" }
    var statusLabel: String { "Status" }
    var source: String { en ? "Source" : "Bron" }
    var note: String { en ? "Note" : "Notitie" }
    var meeting: String { en ? "Meeting" : "Vergadering" }
    var overdueLabel: String { en ? "overdue" : "over de deadline" }
    var escClears: String { en ? "(Esc clears)" : "(Esc wist)" }
    var sortLabel: String { en ? "Sort" : "Sortering" }
    var searchLabel: String { en ? "Search" : "Zoek" }
    var followUps: String { en ? "follow-ups" : "vervolgacties" }
    var followUpsLabel: String { en ? "Follow-ups" : "Acties" }
    var none: String { "—" }
    var demo: String { "DEMO" }
    var saving: String { en ? "saving…" : "opslaan…" }
    var saveFailed: String { en ? "Not saved" : "Niet opgeslagen" }
    var selectFollowUp: String { en ? "Select a follow-up to mark it" : "Kies een vervolgactie om af te vinken" }
    var noMatches: String { en ? "no matches" : "geen treffers" }
    var noParties: String { en ? "No party matches — ⌫ deletes" : "Geen partij past — ⌫ wist" }
    var noteSaved: String { en ? "Note saved" : "Notitie opgeslagen" }
    var selectFollowUpForNote: String { en ? "Select a follow-up to write a note" : "Kies een vervolgactie voor een notitie" }
    var oneMeeting: String { en ? "Only one meeting in the store" : "Er is maar één vergadering" }
    var chosen: String { en ? "Chosen" : "Gekozen" }
    /// The status line of the built-in demo before anything else is shown there.
    var demoHint: String {
        en ? "Demo minutes — open your own: overleg FILE.txt (or .docx, .pdf)"
           : "Voorbeeldnotulen — eigen notulen openen: overleg BESTAND.txt (of .docx, .pdf)"
    }
    var undoRequested: String { en ? "Undoing…" : "Ongedaan maken…" }

    func lines(_ l: LineSpan) -> String {
        l.first == l.last ? (en ? "line \(l.first)" : "regel \(l.first)")
                          : (en ? "lines \(l.first)–\(l.last)" : "regels \(l.first)–\(l.last)")
    }

    func meetingsCount(_ n: Int) -> String {
        en ? "\(n) meetings" : "\(n) vergaderingen"
    }

    /// Why a pane is empty, and which key helps.
    func emptyPane(filtered: Bool) -> String {
        if filtered {
            return en ? "Nothing here with the active filters — Esc clears one"
                      : "Niets hier met de actieve filters — Esc wist er een"
        }
        return en ? "No agenda items on this topic — Tab shows the next pane"
                  : "Geen agendapunten over dit onderwerp — Tab toont het volgende paneel"
    }

    func tooSmall(_ w: Int, _ h: Int, _ mw: Int, _ mh: Int) -> String {
        en ? "\(w)×\(h) — needs \(mw)×\(mh)" : "\(w)×\(h) — min. \(mw)×\(mh)"
    }

    /// What to do about it, under the too-small message when there is room.
    var tooSmallAdvice: String { en ? "Enlarge the window, or q to quit" : "Maak het venster groter, of q stopt" }

    func saved(_ s: FollowUpStatus) -> String { (en ? "Saved: " : "Opgeslagen: ") + status(s) }
    /// The demo is never stored: a change is shown but not kept.
    func demoChanged(_ s: FollowUpStatus) -> String {
        (en ? "Demo, not stored: " : "Demo, niet bewaard: ") + status(s)
    }
    func undone(_ id: String, _ s: FollowUpStatus, more: Int) -> String {
        (en ? "Undone: " : "Ongedaan gemaakt: ") + id + " " + status(s)
            + (more > 0 ? (en ? " (and \(more) more)" : " (en nog \(more))") : "")
    }
    var nothingToUndo: String { en ? "Nothing to undo" : "Niets om ongedaan te maken" }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                              "augustus", "september", "oktober", "november", "december"]

    static let dutchShortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// A deadline in a pane row: Dutch `31 mei 2017`, `30 nov 2026` (month cut to three
    /// letters, as Dutch abbreviates it), ISO in English.
    func shortDate(_ iso: String) -> String {
        let long = date(iso)
        guard !en else { return long }
        let p = iso.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]), (1...12).contains(m) else { return long }
        return "\(d) \(Strings.dutchShortMonths[m - 1]) \(y)"
    }

    /// A date for display: Dutch `31 mei 2017` in Dutch, ISO `2017-05-31` in English.
    /// Text that is not an ISO date is returned unchanged.
    func date(_ iso: String) -> String {
        guard !en else { return iso }
        let p = iso.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(m) else { return iso }
        return "\(d) \(Strings.dutchMonths[m - 1]) \(y)"
    }
}
