import Foundation

/// Column positions of an action table.
struct TableMap: Hashable {
    var item: Int?
    var action: Int
    var who: Int?
    var when: Int?
    var status: Int?
}

/// Running state of `Segmenter.segments`.
struct State {
    var items: [Segment] = []
    var paragraphOpen = false
    var bulletOpen = false
    var sawBlank = false
    var skippingParagraph = false
    var closed = false
    var listLabel: UnitLabel?
    var labelLineJustSeen = false
    var table: TableMap?
    /// The last section label seen (`Actielijst`), for a table that has no item column.
    var sectionLabel: String?

    var current: Segment? { items.last }
    var lastUnit: TextUnit? { items.last?.units.last }

    mutating func startItem(_ s: Segment) {
        items.append(s)
        if s.origin == .heading { sectionLabel = nil }
        paragraphOpen = false
        bulletOpen = false
    }

    mutating func addUnit(_ u: TextUnit, line: Int) {
        if items.isEmpty { items.append(Segment(title: "", origin: .untitled, firstLine: line, lastLine: line)) }
        items[items.count - 1].units.append(u)
        items[items.count - 1].lastLine = max(items[items.count - 1].lastLine, line)
    }

    mutating func replaceLastUnit(_ u: TextUnit, line: Int) {
        guard !items.isEmpty, !items[items.count - 1].units.isEmpty else { return }
        items[items.count - 1].units[items[items.count - 1].units.count - 1] = u
        items[items.count - 1].lastLine = max(items[items.count - 1].lastLine, line)
    }
}
