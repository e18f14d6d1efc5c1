import Dashboard
import Documents
import Foundation
import Minutes
import Store

/// The one-line errors of the command line in the interface language (issue 4 "Store
/// faults"; DESIGN.md "Language": Dutch unless `--lang en` or an English locale).
///
/// The layers below word their errors in English for programmers and give each a kind
/// (`StoreError.Kind`, `DocumentError.Kind`, `MinutesError.Kind`); this maps the kinds a
/// user meets to Dutch. English output is the layers' own wording. Every line names the path
/// and the cause; a technical detail in parentheses (an `strerror` text, which byte made a
/// file binary) is kept as the layer wrote it.
enum CLIMessages {
    /// `PATH: cause` for a fault of the store file.
    static func store(_ e: StoreError, language: Language) -> String {
        guard language == .nl, let cause = dutchCause(e) else { return e.description }
        return "\(e.path): \(cause)"
    }

    /// The cause alone for a fault of the user's argument (`.unknownID`, `.ambiguousID`,
    /// `.invalidArgument`): it is about the id typed, not the store file.
    static func argument(_ e: StoreError, language: Language) -> String {
        guard language == .nl, let id = e.subject else { return e.cause }
        switch e.kind {
        case .unknownID:
            return "geen actiepunt met id \(id)"
        case .ambiguousID:
            let more = e.candidates.count > 5 ? ", ..." : ""
            return "id \(id) is niet eenduidig: \(e.candidates.prefix(5).joined(separator: ", "))\(more)"
        case .invalidArgument:
            let digits = id.trimmingCharacters(in: .whitespaces)
            return !digits.isEmpty && digits.allSatisfy(\.isHexDigit)
                ? "id '\(id)' is te kort (minstens \(OverlegStore.minimumIDLength) cijfers)"
                : "'\(id)' is geen id van een actiepunt (hexadecimale cijfers, zoals `overleg list` ze toont)"
        default:
            return e.cause
        }
    }

    /// `FILE: cause` for an error reading minutes, naming `path` (the file as the user gave
    /// it; the error's own file when nil). Nil when `error` is no document or minutes error.
    static func file(_ error: any Error, path: String? = nil, language: Language) -> String? {
        let file: String, english: String, dutch: String?
        switch error {
        case let e as DocumentError:
            (file, english, dutch) = (path ?? e.file, e.message, dutchCause(e, path: path ?? e.file))
        case let e as MinutesError:
            (file, english, dutch) = (path ?? e.file, e.message, dutchCause(e))
        default:
            return nil
        }
        let cause = language == .nl ? (dutch ?? english) : english
        return "\(file): " + cause.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Any error as one line: a store or file fault in the interface language, anything
    /// else (terminal, lexicon) as it describes itself.
    static func line(_ error: any Error, language: Language) -> String {
        if let e = error as? StoreError { return store(e, language: language) }
        return file(error, language: language) ?? String(describing: error)
    }

    /// `PATH: cannot write the export (cause)` for `export --output PATH`; the cause is the
    /// system's (`strerror`) when Foundation gives one.
    static func exportNotWritten(_ path: String, _ error: any Error, language: Language) -> String {
        let ns = error as NSError
        // On Linux the underlying error is a Swift `Error` in `Any`: `as? NSError` misses it.
        let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        let posix = [underlying, ns].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }
        let cause = posix.map { " (" + String(cString: strerror(Int32($0.code))) + ")" } ?? ""
        return "\(path): " + (language == .nl ? "kan de export niet schrijven" : "cannot write the export") + cause
    }

    /// A file argument of the default command that does not exist but is a subcommand's
    /// name: the user put an option before the subcommand (`overleg --no-color list`).
    static func subcommandHint(_ name: String, language: Language) -> String {
        language == .nl
            ? "\(name): bestand of map bestaat niet (bedoelt u 'overleg \(name)'? zet de opties dan na '\(name)')"
            : "\(name): no such file or folder (did you mean 'overleg \(name)'? then put the options after '\(name)')"
    }

    // MARK: Dutch causes

    private static func dutchCause(_ e: StoreError) -> String? {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        switch e.kind {
        case .locked:
            return "de opslag is vergrendeld door een ander programma; probeer het opnieuw als dat klaar is"
        case .readOnly:
            return "de opslag is alleen-lezen (controleer de rechten van het bestand en de map); er is niets gewijzigd"
        case .corrupt:
            return "de opslag is beschadigd (SQLite meldt corruptie); zet een reservekopie terug of zet het bestand opzij"
        case .notADatabase:
            return "geen opslag van overleg (het bestand is geen SQLite-database)"
        case .notOverleg:
            return "geen opslag van overleg (een SQLite-database van een ander programma); er is niets gewijzigd"
        case .diskFull:
            return "de schijf is vol; er is niets gewijzigd"
        case .ioError:
            return "invoer-/uitvoerfout bij het gebruik van de opslag (schijf vol of verwijderd?)"
        case .tooNew:
            return "deze opslag is geschreven door een nieuwere versie van overleg; werk overleg bij om hem te gebruiken"
        case .missingFolder:
            let folder = (e.path as NSString).deletingLastPathComponent
            return fm.fileExists(atPath: folder)
                ? "\(folder) is een bestand, geen map"
                : "de map \(folder) bestaat niet; er is niets aangemaakt"
        case .cannotOpen:
            if fm.fileExists(atPath: e.path, isDirectory: &isFolder), isFolder.boolValue {
                return "is een map, geen opslagbestand"
            }
            return "kan de opslag niet openen of aanmaken (ontbrekende map of geen rechten)"
        case .unknownID, .ambiguousID, .invalidArgument, .other:
            return nil
        }
    }

    private static func dutchCause(_ e: DocumentError, path: String) -> String? {
        switch e.kind {
        case .missing:
            return "bestand of map bestaat niet"
        case .unreadable:
            return "kan het bestand niet lezen" + detail(e.message)
        case .unsupportedType:
            let ext = (path as NSString).pathExtension
            return (ext.isEmpty ? "geen bestandsextensie" : "bestandstype .\(ext) wordt niet ondersteund")
                + "; gebruik .txt, .md, .docx of .pdf"
        case .tooLarge:
            let maximum = "hoogstens \(DocumentText.maximumFileSize >> 20) MiB"
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else {
                return "te groot voor notulen (\(maximum))"
            }
            return "te groot voor notulen (\(size.intValue >> 20) MiB; \(maximum))"
        case .other:
            return nil
        }
    }

    private static func dutchCause(_ e: MinutesError) -> String? {
        switch e.kind {
        case .notText:
            return "geen tekstbestand" + detail(e.message)
        case .empty:
            return "het document is leeg"
        case .notMinutes:
            return "geen notulen: de titel noemt geen overleg (LOVP, Veiligheidsberaad, …) en geen soort verslag (verslag, besluitenlijst, terugkoppeling, …)"
        case .noDate:
            return "geen vergaderdatum gevonden in de kop"
        case .other:
            return nil
        }
    }

    /// ` (detail)` from the first parenthesis of an English message to its end, or "".
    private static func detail(_ message: String) -> String {
        guard let open = message.firstIndex(of: "("), message.hasSuffix(")") else { return "" }
        return " " + message[open...]
    }
}
