import Foundation

/// A document's own abbreviations (ANNOTATION.md §9: a legend `KC = korpschef` defines variants
/// for that document): lines labelled with a legend label of `bodies.json`.
enum Legend {
    /// True when a line of layout `kind` is a legend line (it is then no agenda item).
    static func isLegend(_ kind: LineKind, lexicons: Lexicons) -> Bool {
        guard case let .label(label, _, _) = kind else { return false }
        return (lexicons.bodiesFile.document.legendLabels ?? []).contains(Tokenizer.fold(label))
    }

    /// The abbreviations of the legend lines whose expansion names a party or role.
    static func variants(in lines: [SourceLine], lexicons: Lexicons, body: String) -> [(variant: String, target: PartyTarget)] {
        var out: [(variant: String, target: PartyTarget)] = []
        for line in lines {
            let kind = LineKind.of(line.text)
            guard isLegend(kind, lexicons: lexicons), case let .label(_, rest, _) = kind else { continue }
            for pair in rest.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingBlanks }
                guard parts.count == 2, !parts[0].isEmpty else { continue }
                let toks = Tokenizer.tokens(parts[1])
                guard let m = lexicons.compiled.parties.mentions(in: toks, body: body).first else { continue }
                out.append((parts[0], m.target))
            }
        }
        return out
    }
}
