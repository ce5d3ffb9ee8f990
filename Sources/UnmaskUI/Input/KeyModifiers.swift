/// Modifier keys held with a key, as terminals report them: xterm's modifier parameter is one
/// more than the sum of these bits (`ESC [ 1 ; 2 A` is Shift-↑), and Alt also arrives as an ESC
/// before the key.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let shift = KeyModifiers(rawValue: 1 << 0)
    public static let alt = KeyModifiers(rawValue: 1 << 1)
    public static let control = KeyModifiers(rawValue: 1 << 2)
    public static let meta = KeyModifiers(rawValue: 1 << 3)

    /// How labels write the modifiers, in label order: `C-M-S-↑`.
    static let prefixes: [(KeyModifiers, String)] = [(.control, "C-"), (.meta, "s-"), (.alt, "M-"), (.shift, "S-")]

    /// The label prefix for these modifiers, e.g. `C-S-`.
    var labelPrefix: String {
        Self.prefixes.filter { contains($0.0) }.map(\.1).joined()
    }
}
