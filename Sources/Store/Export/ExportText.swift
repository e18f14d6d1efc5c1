import Foundation

/// Text hygiene shared by the exports: text from minutes is data, never terminal commands
/// (issue 5 "Text is shown, never obeyed"). C0/C1 control characters (except line breaks
/// where a format allows them), DEL and bidi override/isolate characters are dropped.
enum ExportText {
    static func clean(_ s: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for scalar in s.unicodeScalars {
            defer { lastWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if keepNewlines { out.append("\n") } else if !lastWasCR { out.append(" ") }
            case 0x0D:
                if keepNewlines { out.append("\n") } else { out.append(" ") }
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        var result = String(out)
        if keepNewlines { result = result.replacingOccurrences(of: "\n\n", with: "\n", options: [], range: nil) }
        return result
    }
}
