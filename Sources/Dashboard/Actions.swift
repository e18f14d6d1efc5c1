import Foundation

/// What each keymap action does to the state.
extension DashboardState {
    mutating func perform(_ action: Action, key: Key) -> [Effect] {
        switch mode {
        case .picker: return performPicker(action)
        case .help: return performHelp(action)
        case .detail where [.down, .up, .top, .bottom, .pageDown, .pageUp].contains(action):
            scrollDetail(action)
            return []
        default: break
        }
        let page = max(1, layout.listHeight(pane) - 1)
        let sel = cursors[pane].index
        switch action {
        case .down: move(to: sel + 1)
        case .up: move(to: sel - 1)
        case .top: move(to: 0)
        case .bottom: move(to: panes[pane].rows.count - 1)
        case .pageDown: move(to: sel + page)
        case .pageUp: move(to: sel - page)
        case .nextPane: focus((pane + 1) % 5)
        case .prevPane: focus((pane + 4) % 5)
        case .jumpPane:
            if case .char(let c) = key, let n = Int(String(c)), (1...5).contains(n) { focus(n - 1) }
        case .openDetail:
            mode = .detail
            detailScroll = 0
            fixScroll()
        case .back:
            mode = .browse
            fixScroll()
        case .toggleDone: return setSelectedStatus { $0 == .done ? .open : .done }
        case .cycleItemStatus:
            return setSelectedStatus { s in
                let order: [FollowUpStatus] = [.open, .partly, .done, .lapsed]
                return order[((order.firstIndex(of: s) ?? 0) + 1) % order.count]
            }
        case .partyPicker:
            previousMode = mode
            mode = .picker
            picker = PickerState(query: "", checked: partyFilter, cursor: 0)
            picker.all = allPartyCounts()
        case .cycleStatus:
            let order: [FollowUpStatus?] = [nil, .open, .done, .partly, .lapsed]
            let i = order.firstIndex { $0 == statusFilter } ?? 0
            statusFilter = order[(i + 1) % order.count]
            noteFilter(.status, active: statusFilter != nil)
        case .toggleOverdue:
            overdueOnly.toggle()
            noteFilter(.overdue, active: overdueOnly)
        case .cycleSort:
            let all = SortOrder.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            rebuild()
            fixScroll()
        case .cycleMeeting, .cycleMeetingBack:
            // All meetings, then one at a time from the newest (`m`), or back (`M`).
            guard data.meetings.count > 1 else { setMessage(strings.oneMeeting); break }
            let cycle: [Int?] = [nil] + index.meetingsNewestFirst
            let here = cycle.firstIndex { $0 == meetingFilter } ?? 0
            let step = action == .cycleMeeting ? 1 : cycle.count - 1
            meetingFilter = cycle[(here + step) % cycle.count]
            noteFilter(.meeting, active: meetingFilter != nil)
        case .search:
            previousMode = mode == .detail ? .browse : mode
            mode = .search
            queryBeforeTyping = query
            query = ""
            searchChanged()
        case .searchAccept:
            mode = previousMode
            filterStack.removeAll { $0 == .search }
            if !query.isEmpty { filterStack.append(.search) }
        case .searchCancel:
            query = queryBeforeTyping
            searchChanged()
            mode = previousMode
        case .deleteChar: deleteChar()
        case .nextMatch: jumpToMatch(from: sel, forward: true, includeCurrent: false)
        case .prevMatch: jumpToMatch(from: sel, forward: false, includeCurrent: false)
        case .clearFilter: clearLastFilter()
        case .undo:
            setMessage(strings.undoRequested)
            return [.undo]
        case .help:
            previousMode = mode
            mode = .help
            helpScroll = 0
        case .quit: return [.quit]
        case .editNote:
            guard let row = selectedRow, case .followUp(let f) = row.kind else {
                setMessage(strings.selectFollowUpForNote)
                break
            }
            previousMode = mode
            mode = .note
            noteKey = data.columns.keys[f]
            noteDraft = SafeText.line(data.details[f]?.note ?? "")
        case .noteSave:
            mode = previousMode
            guard let key = noteKey else { break }
            noteKey = nil
            setMessage(strings.saving)
            return [.setNote(followUpKey: key, note: noteDraft.trimmingCharacters(in: .whitespaces))]
        case .noteCancel:
            mode = previousMode
            noteKey = nil
        case .pickerToggle, .pickerApply, .pickerCancel, .closeHelp: break
        }
        return []
    }

    mutating func move(to i: Int) {
        select(i, in: pane)
        detailScroll = 0
        fixScroll()
    }

    mutating func focus(_ p: Int) {
        pane = p
        detailScroll = 0
        select(cursors[p].index, in: p)
        fixScroll()
    }

    /// Record that a filter was set or cleared (Esc clears the newest), then rebuild.
    mutating func noteFilter(_ kind: FilterKind, active: Bool) {
        filterStack.removeAll { $0 == kind }
        if active { filterStack.append(kind) }
        rebuild()
        focusPaneWithRows()
        fixScroll()
    }

    mutating func clearLastFilter() {
        guard let last = filterStack.popLast() else {
            if mode == .detail { mode = .browse }
            return
        }
        switch last {
        case .search: query = ""
        case .party: partyFilter = []
        case .status: statusFilter = nil
        case .meeting: meetingFilter = nil
        case .overdue: overdueOnly = false
        }
        rebuild()
        fixScroll()
    }

    /// Ask the store to give the selected follow-up the status `next(current)` (Space: done,
    /// or open again when done; `S`: the next status). The state shows it only when `.saved`
    /// comes back.
    mutating func setSelectedStatus(_ next: (FollowUpStatus) -> FollowUpStatus) -> [Effect] {
        guard let row = selectedRow, case .followUp(let f) = row.kind else {
            setMessage(strings.selectFollowUp)
            return []
        }
        let key = data.columns.keys[f]
        let current = pending[key] ?? data.columns.statuses[f]
        let next = next(current)
        pending[key] = next
        setMessage(strings.saving)
        return [.setStatus(followUpKey: key, status: next.rawValue)]
    }

    mutating func performPicker(_ action: Action) -> [Effect] {
        let list = partyCounts()
        switch action {
        case .down: picker.cursor = min(picker.cursor + 1, max(0, list.count - 1))
        case .up: picker.cursor = max(0, picker.cursor - 1)
        case .pickerToggle:
            guard picker.cursor < list.count else { break }
            let name = list[picker.cursor].name
            if picker.checked.contains(name) { picker.checked.remove(name) } else { picker.checked.insert(name) }
        case .pickerApply:
            var chosen = picker.checked
            if chosen.isEmpty, !picker.query.isEmpty, picker.cursor < list.count {
                chosen = [list[picker.cursor].name]
            }
            partyFilter = chosen
            mode = previousMode
            noteFilter(.party, active: !chosen.isEmpty)
        case .pickerCancel: mode = previousMode
        case .deleteChar: deleteChar()
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    mutating func performHelp(_ action: Action) -> [Effect] {
        switch action {
        case .down: helpScroll = min(helpScroll + 1, maxHelpScroll)
        case .up: helpScroll = max(0, helpScroll - 1)
        case .pageDown: helpScroll = min(helpScroll + max(1, height - 7), maxHelpScroll)
        case .pageUp: helpScroll = max(0, helpScroll - max(1, height - 7))
        case .top: helpScroll = 0
        case .bottom: helpScroll = maxHelpScroll
        case .closeHelp: mode = previousMode
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    mutating func scrollDetail(_ action: Action) {
        let box = layout.detail ?? Rect(x: 0, y: 0, w: width, h: height)
        let inner = box.inner
        let total = detailLines(width: inner.w).count
        let maxScroll = max(0, total - inner.h)
        switch action {
        case .down: detailScroll += 1
        case .up: detailScroll -= 1
        case .pageDown: detailScroll += max(1, inner.h - 1)
        case .pageUp: detailScroll -= max(1, inner.h - 1)
        case .top: detailScroll = 0
        default: detailScroll = maxScroll
        }
        detailScroll = min(max(0, detailScroll), maxScroll)
    }
}
