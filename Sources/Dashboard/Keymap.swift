import Foundation

/// What the dashboard is doing; each mode has its own keymap table.
public enum Mode: String, Sendable, Hashable, CaseIterable {
    /// Moving through the panes.
    case browse
    /// The detail of the selected follow-up or item has the focus (full screen when narrow).
    case detail
    /// The party picker (`p`).
    case picker
    /// Typing a search (`/`).
    case search
    /// The help overlay (`?`).
    case help
    /// Typing the note of the selected follow-up (`e`) in the status line.
    case note
}

/// A request a key makes (tig's "request"): the dispatcher, the hint bar and the help
/// overlay all read the same `Keymap` table of key → action.
public enum Action: String, Sendable, Hashable, CaseIterable {
    case down, up, top, bottom, pageDown, pageUp, nextPane, prevPane, jumpPane
    case openDetail, back, toggleDone, cycleItemStatus, partyPicker, cycleStatus, toggleOverdue, cycleSort, cycleMeeting, cycleMeetingBack
    case search, nextMatch, prevMatch, clearFilter, undo, help, quit
    case pickerToggle, pickerApply, pickerCancel
    case searchAccept, searchCancel, deleteChar, closeHelp
    case editNote, noteSave, noteCancel
}

/// One row of a keymap table: the keys, what they do, and whether the hint bar shows it.
public struct Binding: Sendable, Hashable {
    /// The keys bound (the first is listed first in the help).
    public var keys: [Key]
    /// What they do.
    public var action: Action
    /// Shown in the hint bar (the help overlay shows every binding).
    public var hint: Bool
    /// A label for the keys when listing them one by one is too long ("1–5").
    public var label: String?
    /// The keys as the hint bar names them ("↑↓"); nil: the shortest key name.
    public var hintLabel: String?

    public init(_ keys: [Key], _ action: Action, hint: Bool = false, label: String? = nil,
                hintLabel: String? = nil) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.label = label
        self.hintLabel = hintLabel
    }
}

/// The keymap tables, one per mode (tig `src/keys.c`; STYLE.md): the only place keys are
/// bound. Modes `picker` and `search` also take printable characters as text (typed into
/// the filter or the query) when no binding claims them, and so does `note` (the note).
public enum Keymap {
    static let digits: [Key] = (1...5).map { .char(Character(String($0))) }

    /// The table of one mode, in the order the help overlay lists it.
    public static func bindings(_ mode: Mode) -> [Binding] {
        switch mode {
        case .browse: browse
        case .detail: detail
        case .picker: picker
        case .search: search
        case .help: help
        case .note: note
        }
    }

    /// Hint-bar entries left out first when the bar is too narrow, in this order (the
    /// others then go from the end, keeping help and quit). Tab outlives search: in the
    /// narrow tabs layout it is how a new user reaches the other panes (tried at 80×24).
    public static let hintDropOrder: [Action] = [.cycleStatus, .editNote, .down, .search, .nextPane, .openDetail]

    /// The action bound to `key` in `mode`, or nil.
    public static func action(for key: Key, in mode: Mode) -> Action? {
        for b in bindings(mode) where b.keys.contains(key) { return b.action }
        return nil
    }

    static let quitKeys: [Key] = [.char("q"), .ctrl("c")]

    static let browse: [Binding] = [
        Binding([.down, .char("j")], .down, hint: true, hintLabel: "↑↓"),
        Binding([.up, .char("k")], .up),
        Binding([.char("g"), .home], .top),
        Binding([.char("G"), .end], .bottom),
        Binding([.pageDown], .pageDown),
        Binding([.pageUp], .pageUp),
        Binding([.tab, .right, .char("l")], .nextPane, hint: true, hintLabel: "Tab"),
        Binding([.backTab, .left, .char("h")], .prevPane),
        Binding(digits, .jumpPane, label: "1–5"),
        Binding([.enter], .openDetail, hint: true),
        Binding([.char(" ")], .toggleDone, hint: true),
        Binding([.char("S")], .cycleItemStatus),
        Binding([.char("e")], .editNote, hint: true),
        Binding([.char("p")], .partyPicker, hint: true),
        Binding([.char("s")], .cycleStatus, hint: true),
        Binding([.char("!")], .toggleOverdue),
        Binding([.char("o")], .cycleSort),
        Binding([.char("m")], .cycleMeeting),
        Binding([.char("M")], .cycleMeetingBack),
        Binding([.char("/")], .search, hint: true),
        Binding([.char("n")], .nextMatch),
        Binding([.char("N")], .prevMatch),
        Binding([.char("u")], .undo),
        Binding([.escape], .clearFilter),
        Binding([.char("?")], .help, hint: true),
        Binding(quitKeys, .quit, hint: true),
    ]

    static let detail: [Binding] = [
        Binding([.down, .char("j")], .down, hint: true, hintLabel: "↑↓"),
        Binding([.up, .char("k")], .up),
        Binding([.pageDown], .pageDown),
        Binding([.pageUp], .pageUp),
        Binding([.char("g"), .home], .top),
        Binding([.char("G"), .end], .bottom),
        Binding([.escape, .backspace, .enter], .back, hint: true, hintLabel: "Esc"),
        Binding([.char(" ")], .toggleDone, hint: true),
        Binding([.char("S")], .cycleItemStatus),
        Binding([.char("e")], .editNote, hint: true),
        Binding([.char("u")], .undo),
        Binding([.char("?")], .help, hint: true),
        Binding(quitKeys, .quit, hint: true),
    ]

    static let picker: [Binding] = [
        Binding([.down], .down, hint: true, hintLabel: "↑↓"),
        Binding([.up], .up),
        Binding([.char(" ")], .pickerToggle, hint: true),
        Binding([.enter], .pickerApply, hint: true),
        Binding([.escape], .pickerCancel, hint: true),
        Binding([.backspace], .deleteChar),
        Binding([.ctrl("c")], .quit),
    ]

    static let search: [Binding] = [
        Binding([.enter], .searchAccept, hint: true),
        Binding([.escape], .searchCancel, hint: true),
        Binding([.backspace], .deleteChar),
        Binding([.ctrl("c")], .quit),
    ]

    static let note: [Binding] = [
        Binding([.enter], .noteSave, hint: true),
        Binding([.escape], .noteCancel, hint: true),
        Binding([.backspace], .deleteChar),
        Binding([.ctrl("c")], .quit),
    ]

    static let help: [Binding] = [
        Binding([.down, .char("j")], .down, hint: true, hintLabel: "↑↓"),
        Binding([.up, .char("k")], .up),
        Binding([.pageDown, .char(" ")], .pageDown),
        Binding([.pageUp], .pageUp),
        Binding([.char("g"), .home], .top),
        Binding([.char("G"), .end], .bottom),
        Binding([.escape, .char("?"), .char("q")], .closeHelp, hint: true, hintLabel: "Esc"),
        Binding([.ctrl("c")], .quit),
    ]
}
