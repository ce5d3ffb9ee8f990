/// Quoting for POSIX shells (bash, sh, dash): text that a shell reads back as exactly one word.
public enum ShellWord {
    /// Characters that need no quoting anywhere in a word.
    static let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+./:,=@%")

    /// `text` as one shell word: unchanged where it holds only safe characters, otherwise in
    /// single quotes with each `'` written `'\''` (single quotes keep every other byte literal,
    /// spaces, `$`, `` ` ``, `\`, `"` and newlines included). The empty word is `''`.
    public static func quoted(_ text: String) -> String {
        if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.map { $0 == "'" ? #"'\''"# : String($0) }.joined() + "'"
    }
}
