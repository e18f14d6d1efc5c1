import Foundation

/// The Dashboard module: the dashboard as a pure value (DESIGN.md "Layers", "Dashboard";
/// STYLE.md: Bubble Tea's model/update/view, ratatui's cell buffer, tig's keymap table).
///
/// ## Wiring (what `overleg` does)
///
/// 1. Build a `DashboardData`: from the demo or a test with whole follow-up values
///    (`init(meetings:items:followUps:…)`, every text at hand); from a store as columns
///    (`init?(meetings:items:rowIDs:keys:…)`): keys, items, statuses, deadlines and parties of
///    every follow-up, their sentences and notes loaded on demand. For the first frame of a
///    large store a first screen may stand in: the newest rows of each pane as whole values
///    with `paneTotals` and `meetingTotal` set to the whole store's counts; `reload` the whole
///    data before feeding keys. Plain values only; keys are the store's stable keys.
/// 2. `var state = DashboardState(data:options:)` with the language, "today" (ISO) and the
///    terminal size.
/// 3. Loop: draw `render(state)` (a `Canvas`), read one input, turn it into an `Event`
///    (`.key`, `.mouse`, `.resize`), call `update(&state, event)` and run the returned
///    `Effect`s outside: `.setStatus` writes to the store and answers with
///    `.saved(followUpKey:status:)` or `.saveFailed(message:)` fed back through `update`;
///    `.undo` likewise answers with `.saved` (and `.noteSaved`) for the follow-up it restored;
///    `.setNote` answers with `.noteSaved(followUpKey:note:)` or `.saveFailed`;
///    `.loadItemText` answers with `.itemTextLoaded(itemKey:text:)`; `.loadFollowUps`
///    (columns data: the rows on screen) with `.followUpsLoaded`; `.search` (columns data)
///    with `.searchResults`; `.quit` ends the loop. Answer before drawing the next frame.
///    The screen shows a new status or note only after the store confirmed it. Send the size
///    as the first event (`.resize`): it asks for the texts of the first rows and detail.
/// 4. When the store changes under the dashboard (another instance, a re-import), call
///    `state.reload(newData)`: selection, filters and mode are kept.
///
/// ## Input model
///
/// - Keys: `Key` (Event.swift), independent of ncurses codes. Printable characters are
///   `.char`; Ctrl-letter is `.ctrl("c")`; Shift-Tab is `.backTab`. In the party picker and
///   the search, characters no binding claims are typed text. All bindings are in `Keymap`.
/// - Mouse: `.mouse(.press | .doubleClick | .wheelUp | .wheelDown, x:, y:)`, 0-based cells
///   of the same grid as the Canvas.
/// - Size: `.resize(width:height:)` in cells; `render` draws at the last size (the options'
///   size before the first resize). Every size down to 0×0 is safe.
/// - Scripts: `KeyScript.parse` (keys) and `KeyScript.events` (keys, mouse, resize) for
///   `overleg render --keys` and tests.
///
/// ## Roles (for the backend's palette)
///
/// `normal` text; `header` the header line (filled across); `border` unfocused box lines;
/// `title` pane and item titles, the focused box's lines, key names in the hint bar;
/// `selected` the selected row (filled across), the focused pane's title, the current tab,
/// overlay titles — reverse video, so it shows in mono; `muted` secondary text (separators,
/// labels, meeting, empty-pane messages); `done` done follow-ups and `[x]`; `overdue` the
/// `!` mark and the deadline of an overdue follow-up; `hint` the hint bar (filled across);
/// `highlight` search matches, the follow-up's sentence in the detail, active filter values;
/// `demo` the DEMO badge; `error` a failed save, the too-small message. Every state is also
/// shown by a character (`[x]`, `[~]`, `[-]`, `!`, `DEMO`), never by colour alone.
///
/// ## Text
///
/// Everything drawn goes through `SafeText` (escape sequences and controls never reach the
/// Canvas) and is measured with `TextWidth` (per grapheme cluster, our own table). A Canvas
/// cell holds one cluster; a wide cluster's second cell is `Cell("", width: 0)`.
public enum DashboardOverview {
    /// Smallest size with a dashboard (below it, a message `W×H — needs 60×16`).
    public static let minimumSize = (width: Layout.minWidth, height: Layout.minHeight)
    /// From this size on, the panes stand in a 3×2 grid with the detail in the sixth cell.
    public static let gridSize = (width: Layout.gridWidth, height: Layout.gridHeight)

    /// The most rows a pane shows at this terminal size (columns × rows): how many rows of
    /// each pane a first screen needs.
    public static func paneRows(width: Int, height: Int) -> Int {
        let layout = Layout.compute(width: width, height: height, focused: 0, mode: .browse)
        return (0..<5).filter { layout.panes[$0] != nil }.map(layout.listHeight).max() ?? 0
    }

    /// The topic ids of the first four panes, in pane order; every other topic id (and
    /// `overig`, and none) is shown in the fifth pane, Overig.
    public static let paneTopics = ["ondermijning", "screening-vog", "coa-incidenten", "governance"]

    /// The panes (0...4) that list an item with these topic ids: one per topic, Overig (4) for
    /// any other id or for none.
    public static func panes(ofTopics topics: [String]) -> [Int] {
        var out: [Int] = []
        for t in topics {
            let p = paneTopics.firstIndex(of: t) ?? 4
            if !out.contains(p) { out.append(p) }
        }
        return out.isEmpty ? [4] : out.sorted()
    }
}
