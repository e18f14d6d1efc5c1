import Foundation

extension String {
    /// The text without leading and trailing blanks: the same result as
    /// `trimmingCharacters(in: .whitespaces)` (Unicode category Zs and tab), computed on Unicode
    /// scalars without a round trip through `NSString`, which made trimming the extractor's main cost.
    var trimmingBlanks: String { Substring(self).trimmingBlanks }
}

extension Substring {
    /// The text without leading and trailing blanks (see `String.trimmingBlanks`).
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

/// True for a scalar of `CharacterSet.whitespaces` (tab, space and the other Zs spaces).
@inline(__always)
private func isBlank(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return s == " " || s == "\t" }
    return CharacterSet.whitespaces.contains(s)
}
