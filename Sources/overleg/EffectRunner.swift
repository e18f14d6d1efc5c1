import Dashboard
import Foundation
import Store

/// Runs the dashboard's effects (Bubble Tea's commands) and turns each result into the
/// event that goes back to `update`. With no store (the demo, or `overleg render`) a status
/// change is acknowledged without being written anywhere.
struct EffectRunner {
    /// The store to write to; nil for a dry run.
    let store: OverlegStore?

    /// Runs `effect`; returns the event that reports its outcome, or nil for `.quit`
    /// (the loop handles that itself).
    func run(_ effect: Effect) -> Event? {
        switch effect {
        case .quit:
            return nil
        case .setStatus(let key, let raw):
            guard let store else { return .saved(followUpKey: key, status: raw) }
            guard let status = Store.FollowUpStatus(rawValue: raw) else {
                return .saveFailed(message: "unknown status \(raw)")
            }
            do {
                _ = try store.setStatus(key: key, status: status)
                return .saved(followUpKey: key, status: status.rawValue)
            } catch {
                return .saveFailed(message: String(describing: error))
            }
        case .undo:
            guard let store else { return .saveFailed(message: "undo: nothing stored in this view") }
            do {
                guard let result = try store.undo(), let key = result.keys.first,
                      let row = try store.followUp(key: key) else {
                    return .saveFailed(message: "undo: nothing to undo")
                }
                return .saved(followUpKey: row.key, status: row.status.rawValue)
            } catch {
                return .saveFailed(message: String(describing: error))
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
                if let back = run(effect) { queue.append(back) }
            }
        }
        return quit
    }
}
