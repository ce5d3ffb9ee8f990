/// The Swift runtime's crash reporter is configured by `SWIFT_BACKTRACE` (comma-separated
/// `key=value` settings, the last of a key winning), read once when the process starts. On a
/// terminal it is interactive by default: it waits for a key, holding the terminal, and the
/// process neither ends nor hears SIGTERM. The explorer needs it non-interactive and writing to
/// standard error, so it re-executes itself with this setting before it touches the terminal.
public enum BacktraceSetting {
    /// Whether the setting makes the crash reporter non-interactive (or turns it off).
    public static func isNonInteractive(_ setting: String?) -> Bool {
        let values = settings(setting)
        let enabled = values.last { $0.key == "enable" }?.value
        if let enabled, falseWords.contains(enabled) { return true }
        guard let interactive = values.last(where: { $0.key == "interactive" })?.value else { return false }
        return falseWords.contains(interactive)
    }

    /// The user's setting with `interactive=no` appended, and `output-to=stderr` unless it names
    /// where the report goes; nil if it is already non-interactive.
    public static func nonInteractive(_ setting: String?) -> String? {
        guard !isNonInteractive(setting) else { return nil }
        var parts = (setting ?? "").split(separator: ",").map(String.init)
        parts.append("interactive=no")
        if !settings(setting).contains(where: { $0.key == "output-to" }) { parts.append("output-to=stderr") }
        return parts.joined(separator: ",")
    }

    private static let falseWords: Set<String> = ["no", "n", "false", "f", "off", "0"]

    private static func settings(_ setting: String?) -> [(key: String, value: String)] {
        (setting ?? "").split(separator: ",").compactMap { part in
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2 else { return nil }
            return (pieces[0].trimmed.lowercased(), pieces[1].trimmed.lowercased())
        }
    }
}

private extension Substring {
    var trimmed: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
