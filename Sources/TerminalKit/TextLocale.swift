#if canImport(Glibc)
import Glibc
#endif

/// Selects a UTF-8 character type for the C library.
///
/// Readline decides from `LC_CTYPE` whether input is multi-byte. In the default "C" locale
/// it treats each byte of "é" as its own character: the cursor drifts and one backspace
/// leaves half a character behind. Swift strings do not depend on the C locale, so changing
/// it affects only C code like readline.
enum TextLocale {
    /// Chooses the locale the first time it is asked for; a `static let` runs its initialiser
    /// exactly once, even if two threads ask at the same moment.
    static func prepare() {
        _ = chosen
    }

    private static let chosen: Void = {
        if let chosen = setlocale(LC_CTYPE, ""), isUTF8(String(cString: chosen)) {
            return
        }
        // The environment asked for "C"/"POSIX" or a locale that is not installed; C.UTF-8
        // ships with glibc itself, so it is always there on Debian.
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            _ = setlocale(LC_CTYPE, "")
        }
    }()

    static func isUTF8(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }

    /// Whether the terminal can be expected to draw block elements and other non-ASCII
    /// glyphs; judged from the environment the way most terminal programs do.
    static func environmentIsUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty {
                return isUTF8(value)
            }
        }
        return false
    }
}
