import UnmaskCore

/// The one line a failure prints on standard error, made safe to show: whatever the user typed
/// or a file held is echoed without raw control characters (so `--alpha $'\e[2J'` cannot clear
/// the screen) and at a bounded length (so a 100 kB value does not make a 100 kB line).
enum ErrorLine {
    /// Longest run of non-blank characters kept whole; longer runs keep their start and an ellipsis.
    static let maximumWordLength = 80
    /// Longest line kept whole.
    static let maximumLength = 1000

    /// `line` with control characters escaped as `escapedForEcho` does (`\e`, `\n`, `\u{7F}`, …), long words
    /// cut to `maximumWordLength` and the whole cut to `maximumLength`, each cut marked `…`.
    static func sanitised(_ line: String) -> String {
        var result = ""
        var wordLength = 0
        for scalar in line.unicodeScalars {
            if scalar == " " {
                wordLength = 0
                result += " "
                continue
            }
            wordLength += 1
            if wordLength < maximumWordLength {
                result += echoed(scalar)
            } else if wordLength == maximumWordLength {
                result += "…"
            }
        }
        guard result.count > maximumLength else { return result }
        return String(result.prefix(maximumLength - 1)) + "…"
    }
}
