import Foundation

/// A key as the dashboard understands it, independent of ncurses key codes.
public enum Key: Sendable, Hashable {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case ctrl(Character)   // Ctrl-letter, lower-case letter: .ctrl("c")
}

/// A mouse action at a 0-based cell.
public enum MouseAction: Sendable, Hashable {
    case press, doubleClick, wheelUp, wheelDown
}

/// Everything that can happen to the dashboard (the Elm architecture's messages).
public enum Event: Sendable, Hashable {
    case key(Key)
    case mouse(MouseAction, x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// The result of an effect that wrote to the store: the follow-up's key and its status
    /// as stored, or an error message to show.
    case saved(followUpKey: String, status: String)
    case saveFailed(message: String)
    /// An undo took back the last change of these follow-ups (their new status and note
    /// arrive as `.saved` / `.noteSaved` before it); the dashboard says which and selects
    /// the first.
    case undone(followUpKeys: [String])
    /// An undo found nothing to take back.
    case nothingToUndo
    /// The text of an agenda item, answering `Effect.loadItemText` (paragraphs joined by
    /// "\n"; "" when the store has none).
    case itemTextLoaded(itemKey: String, text: String)
    /// The follow-up's note as stored, answering `Effect.setNote` ("" = no note).
    case noteSaved(followUpKey: String, note: String)
    /// Details of follow-ups by store row id, answering `Effect.loadFollowUps` (ids the store
    /// no longer has are absent).
    case followUpsLoaded([Int64: FollowUpDetail])
    /// What the store's search found for `text`, answering `Effect.search`: row ids of the
    /// follow-ups and keys of the agenda items that match.
    case searchResults(text: String, followUpRowIDs: [Int64], itemKeys: [String])
}
