import CNcursesw
import Foundation

/// The C locale setup ncursesw needs before `newterm` (NOTES-swift-ncurses.md "Text").
enum TextLocale {
    /// `setlocale(LC_ALL, "")` from the environment; when the character set is then not
    /// UTF-8 (LANG=C, POSIX, unset), switches LC_CTYPE alone to C.UTF-8, else ncursesw
    /// drops every non-ASCII character (Dutch diacritics: ë, ï, é). Messages and
    /// collation stay as the user set them. Returns true when the codeset is UTF-8
    /// afterwards (false only when no UTF-8 locale is installed).
    @discardableResult
    static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        if overleg_codeset_is_utf8() != 0 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if overleg_codeset_is_utf8() != 0 { return true }
        }
        return false
    }
}
