import Foundation

/// Work for the wiring to do outside `update` (Bubble Tea's commands). Its result comes back
/// as an `Event` (`.saved` / `.saveFailed`).
public enum Effect: Sendable, Hashable {
    /// Write the follow-up's status to the store (`open`, `done`, `partly`, `lapsed`), then
    /// send `.saved(followUpKey:status:)` with the stored status, or `.saveFailed(message:)`.
    /// The screen shows the new status only after `.saved` (DESIGN.md "Store": written
    /// before the screen says it is done).
    case setStatus(followUpKey: String, status: String)
    /// Take back the last change in the store (`u`), then send `.saved` for the follow-up it
    /// restored (or `.saveFailed` with the reason, e.g. nothing to undo).
    case undo
    /// Leave the dashboard and restore the terminal (`q`, Ctrl-C).
    case quit
    /// Read the text of the agenda item with this key (the detail shows it and
    /// `DashboardData.itemText` does not hold it yet), then send `.itemTextLoaded`.
    /// Issue 4 "Speed": text loaded on demand.
    case loadItemText(itemKey: String)
    /// Write the follow-up's note ("" removes it), then send `.noteSaved(followUpKey:note:)`
    /// with the note as stored, or `.saveFailed(message:)`. Issue 4 "note editing".
    case setNote(followUpKey: String, note: String)
    /// Read the details (sentence, note, lines) of the follow-ups with these store row ids —
    /// the rows on screen that `DashboardData` does not hold yet — then send
    /// `.followUpsLoaded`. Issue 4 "Speed": text loaded on demand.
    case loadFollowUps(rowIDs: [Int64])
    /// Search the store for `text` (taken literally), then send `.searchResults`.
    case search(text: String)
}

/// The Elm architecture's update: apply one event to the state, return the effects to run.
/// Pure: no I/O; the same state and event always give the same result.
public func update(_ state: inout DashboardState, _ event: Event) -> [Effect] {
    state.update(event)
}

extension DashboardState {
    /// See the free function `update(_:_:)`.
    public mutating func update(_ event: Event) -> [Effect] {
        var effects = handle(event)
        if mode == .picker { keepPickerTop() }
        if let load = itemTextToLoad() { effects.append(load) }
        if let text = searchToRun {
            searchToRun = nil
            effects.append(.search(text: text))
        }
        if let load = detailsToLoad() { effects.append(load) }
        return effects
    }

    /// `.loadItemText` for the item whose detail is on screen when its text is neither
    /// loaded nor asked for yet (asked once per item).
    mutating func itemTextToLoad() -> Effect? {
        guard layout.detail != nil, let row = selectedRow else { return nil }
        let itemKey: String
        switch row.kind {
        case .item(let i): itemKey = data.items[i].key
        case .followUp(let f):
            let i = Int(data.columns.items[f])
            guard i >= 0, i < data.items.count else { return nil }
            itemKey = data.items[i].key
        }
        guard data.itemText[itemKey] == nil, !textRequested.contains(itemKey) else { return nil }
        textRequested.insert(itemKey)
        return .loadItemText(itemKey: itemKey)
    }

    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            fixScroll()
            return []
        case .saved(let key, let raw):
            pending[key] = nil
            guard let status = FollowUpStatus(rawValue: raw), let i = followUpIndex(key) else {
                return []
            }
            data.setStatus(i, status)
            setMessage(data.isDemo ? strings.demoChanged(status) : strings.saved(status))
            rebuild()
            fixScroll()
            return []
        case .itemTextLoaded(let key, let text):
            data.itemText[key] = text
            return []
        case .followUpsLoaded(let loaded):
            for (id, detail) in loaded {
                if let f = index.followUp(rowID: id, in: data) { data.details[f] = detail }
            }
            return []
        case .searchResults(let text, let ids, let itemKeys):
            guard text == query else { return [] }   // an answer to an older search text
            var hits = SearchHits(query: text)
            for id in ids { if let f = index.followUp(rowID: id, in: data) { hits.followUps.insert(f) } }
            for key in itemKeys { if let i = index.itemByKey[key] { hits.items.insert(i) } }
            searchHits = hits
            refreshMatches()
            if jumpWhenFound {
                jumpWhenFound = false
                jumpToMatch(from: cursors[pane].index, forward: true, includeCurrent: true)
            }
            return []
        case .noteSaved(let key, let note):
            guard let i = followUpIndex(key) else { return [] }
            let new: String? = note.isEmpty ? nil : note
            if data.details[i] != nil, data.details[i]?.note != new {
                data.details[i]?.note = new
                setMessage(strings.noteSaved)
            }
            return []
        case .undone(let keys):
            guard let first = keys.first, let i = followUpIndex(first) else { return [] }
            let f = data.followUp(i)
            setMessage(strings.undone(f.shortID, f.status, more: keys.count - 1))
            reveal(followUpKey: first)
            return []
        case .nothingToUndo:
            setMessage(strings.nothingToUndo)
            return []
        case .saveFailed(let text):
            pending.removeAll()
            setMessage(strings.saveFailed + ": " + text, error: true)
            return []
        case .mouse(let action, let x, let y):
            mouse(action, x: x, y: y)
            return []
        case .key(let key):
            return press(key)
        }
    }

    mutating func setMessage(_ text: String?, error: Bool = false) {
        message = text
        messageIsError = error
    }

    /// Dispatch one key through the keymap table of the current mode.
    mutating func press(_ key: Key) -> [Effect] {
        let action = Keymap.action(for: key, in: mode)
        if action == nil, mode == .picker || mode == .search || mode == .note, case .char(let c) = key {
            type(c)
            return []
        }
        guard let action else { return [] }
        if action != .toggleDone && action != .cycleItemStatus { message = nil }
        return perform(action, key: key)
    }

    /// Text typed into the picker's filter or the search.
    mutating func type(_ c: Character) {
        guard TextWidth.of(c) > 0 else { return }
        if mode == .picker {
            picker.query.append(c)
            picker.cursor = 0
        } else if mode == .note {
            noteDraft.append(c)
        } else {
            query.append(c)
            searchAndJump()
        }
    }

    mutating func deleteChar() {
        if mode == .picker {
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.cursor = 0
        } else if mode == .note {
            if !noteDraft.isEmpty { noteDraft.removeLast() }
        } else if !query.isEmpty {
            query.removeLast()
            searchAndJump()
        }
    }

    /// Search for the typed text and select the first match from the selection on: now with
    /// whole data, when `.searchResults` comes with texts on demand.
    mutating func searchAndJump() {
        searchChanged()
        if searchHits != nil {
            jumpToMatch(from: cursors[pane].index, forward: true, includeCurrent: true)
        } else {
            jumpWhenFound = true
        }
    }

    /// Move the selection to the next (or previous) matching row, across panes.
    mutating func jumpToMatch(from index: Int, forward: Bool, includeCurrent: Bool) {
        let all = matches
        guard !all.isEmpty else { return }
        let here = pane * 1_000_000 + index
        let keys = all.map { $0.pane * 1_000_000 + $0.row }
        let pick: Int
        if forward {
            pick = keys.firstIndex { includeCurrent ? $0 >= here : $0 > here } ?? 0
        } else {
            pick = keys.lastIndex { $0 < here } ?? keys.count - 1
        }
        pane = all[pick].pane
        select(all[pick].row, in: pane)
        fixScroll()
    }

    /// The 1-based number of the match under the selection and the number of matches.
    var matchStatus: (current: Int, total: Int) {
        let all = matches
        let cur = all.firstIndex { $0.pane == pane && $0.row == cursors[pane].index }
        return ((cur ?? -1) + 1, all.count)
    }
}
