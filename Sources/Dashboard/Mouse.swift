import Foundation

/// Mouse: a click selects a tab, a pane or a row; a double click opens the detail; the wheel
/// scrolls the pane or the detail under the pointer (ISSUE 5 "Mouse"). In the party picker a
/// click ticks a party, a double click ticks it and applies the choice, the wheel moves, and
/// a click outside the picker closes it unchanged.
extension DashboardState {
    static let wheelStep = 3

    mutating func mouse(_ action: MouseAction, x: Int, y: Int) {
        if mode == .help {   // the wheel scrolls the help, a click closes it
            switch action {
            case .wheelUp: helpScroll = max(0, helpScroll - Self.wheelStep)
            case .wheelDown: helpScroll = min(helpScroll + Self.wheelStep, maxHelpScroll)
            case .press, .doubleClick: mode = previousMode
            }
            return
        }
        if mode == .picker {
            pickerMouse(action, x: x, y: y)
            return
        }
        guard mode == .browse || mode == .detail else { return }
        let l = layout
        guard l.kind != .tooSmall else { return }
        if let tabs = l.tabRow, tabs.contains(x, y) {
            if action == .press || action == .doubleClick,
               let hit = tabRanges(width: tabs.w).firstIndex(where: { $0.contains(x) }) {
                focus(hit)
                mode = .browse
            }
            return
        }
        if let d = l.detail, d.contains(x, y) {
            switch action {
            case .wheelUp: scrollDetail(.up); scrollDetail(.up); scrollDetail(.up)
            case .wheelDown: scrollDetail(.down); scrollDetail(.down); scrollDetail(.down)
            case .press, .doubleClick: mode = .detail
            }
            return
        }
        guard let p = l.panes.firstIndex(where: { $0?.contains(x, y) ?? false }),
              let box = l.panes[p] else { return }
        let inner = box.inner
        switch action {
        case .wheelUp, .wheelDown:
            let count = panes[p].rows.count
            let delta = action == .wheelDown ? Self.wheelStep : -Self.wheelStep
            let top = max(0, min(cursors[p].scroll + delta, max(0, count - inner.h)))
            cursors[p].scroll = top
            // Keep the selection inside the view, so the view does not jump back.
            let sel = cursors[p].index
            if sel < top { select(top, in: p) } else if sel >= top + inner.h { select(top + inner.h - 1, in: p) }
        case .press, .doubleClick:
            if pane != p { focus(p) }
            mode = .browse
            if inner.contains(x, y) {
                let i = cursors[p].scroll + (y - inner.y)
                if i < panes[p].rows.count { move(to: i) }
            }
            if action == .doubleClick, selectedRow != nil {
                mode = .detail
                detailScroll = 0
            }
        }
    }

    mutating func pickerMouse(_ action: MouseAction, x: Int, y: Int) {
        let list = partyCounts()
        guard let (box, _, rows) = pickerGeometry(list) else { return }
        switch action {
        case .wheelUp: _ = performPicker(.up)
        case .wheelDown: _ = performPicker(.down)
        case .press, .doubleClick:
            guard box.contains(x, y) else { _ = performPicker(.pickerCancel); return }
            guard let hit = rows.first(where: { $0.y == y }) else { return }
            picker.cursor = hit.index
            // The second click of a double click ticks nothing new: the first one did.
            if action == .press { _ = performPicker(.pickerToggle) }
            if action == .doubleClick {
                if !picker.checked.contains(list[hit.index].name) { _ = performPicker(.pickerToggle) }
                _ = performPicker(.pickerApply)
            }
        }
    }
}
