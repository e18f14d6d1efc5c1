import Dashboard
import Foundation
import Store

/// Runs the dashboard's effects (Bubble Tea's commands) and turns each result into the
/// events that go back to `update`. With no store (the demo) a change is acknowledged
/// without being written anywhere; with `readOnly` (`overleg render`) texts are read from
/// the store but changes are only acknowledged.
struct EffectRunner {
    /// The store to read and write; nil for the demo.
    let store: OverlegStore?
    /// Read the store but never write to it (a dry run).
    var readOnly = false

    /// The store to write to, or nil for a dry run.
    private var writable: OverlegStore? { readOnly ? nil : store }

    /// Runs `effect`; returns the events that report its outcome (none for `.quit`: the
    /// loop handles that itself).
    func run(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit:
            return []
        case .loadItemText(let itemKey):
            // The demo's data holds every text, so without a store there is nothing to read.
            var text: String?
            if let store { text = try? store.itemText(itemKey: itemKey) }
            return [.itemTextLoaded(itemKey: itemKey, text: text ?? "")]
        case .loadFollowUps(let ids):
            guard let store, let rows = try? store.followUpRows(ids: ids) else { return [.followUpsLoaded([:])] }
            return [.followUpsLoaded(rows.mapValues(DashboardSource.detail))]
        case .search(let text):
            guard let store, let found = try? store.searchMatches(text) else {
                return [.searchResults(text: text, followUpRowIDs: [], itemKeys: [])]
            }
            return [.searchResults(text: text, followUpRowIDs: found.followUps, itemKeys: found.itemKeys)]
        case .setStatus(let key, let raw):
            guard let store = writable else { return [.saved(followUpKey: key, status: raw)] }
            guard let status = Store.FollowUpStatus(rawValue: raw) else {
                return [.saveFailed(message: "unknown status \(raw)")]
            }
            do {
                _ = try store.setStatus(key: key, status: status)
                return [.saved(followUpKey: key, status: status.rawValue)]
            } catch {
                return [.saveFailed(message: CLIMessages.line(error, language: CLI.language))]
            }
        case .setNote(let key, let note):
            guard let store = writable else { return [.noteSaved(followUpKey: key, note: note)] }
            do {
                _ = try store.setNote(key: key, note: note)
                let stored = try store.followUp(key: key)?.note ?? ""
                return [.noteSaved(followUpKey: key, note: stored)]
            } catch {
                return [.saveFailed(message: CLIMessages.line(error, language: CLI.language))]
            }
        case .undo:
            guard let store = writable else { return [.nothingToUndo] }
            do {
                guard let result = try store.undo(), !result.keys.isEmpty else { return [.nothingToUndo] }
                // Status and note of every follow-up the undo restored, as stored now, then
                // which ones they were (the dashboard names and selects the first).
                let rows = try result.keys.compactMap { try store.followUp(key: $0) }
                return rows.flatMap { row -> [Event] in
                    [.saved(followUpKey: row.key, status: row.status.rawValue),
                     .noteSaved(followUpKey: row.key, note: row.note ?? "")]
                } + [.undone(followUpKeys: rows.map(\.key))]
            } catch {
                return [.saveFailed(message: CLIMessages.line(error, language: CLI.language))]
            }
        }
    }

    /// Feeds `event` to `state`, runs the effects it asks for and feeds their results back,
    /// until nothing is left. Returns true when an effect asked to quit.
    func dispatch(_ event: Event, to state: inout DashboardState) -> Bool {
        var queue = [event]
        var quit = false
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.update(next) {
                if effect == .quit { quit = true }
                queue += run(effect)
            }
        }
        return quit
    }
}
