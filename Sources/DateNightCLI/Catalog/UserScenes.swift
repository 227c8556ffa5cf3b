import TerminalKit

/// Where a user keeps scenes of their own: `$XDG_DATA_HOME/datenight/scenes`, else
/// `~/.local/share/datenight/scenes`, per the XDG base directory spec.
/// See https://specifications.freedesktop.org/basedir-spec/latest/
enum UserScenes {
    static func folder(environment: (String) -> String? = Environment.value) -> String? {
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") {
            return data + "/datenight/scenes"
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.local/share/datenight/scenes"
    }
}
