/// A colour as themes and widgets name it, before it is fitted to what the terminal can show
/// (see `ColorDepth`).
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours: 0–7 normal, 8–15 bright.
    case ansi(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// ANSI colour names in palette order; `bright-` prefixes select 8–15.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `#RRGGBB` (exactly six hex digits: no sign, no spaces), an ANSI name (`red`,
    /// `bright-blue`, …) or `default`.
    public init?(parsing text: String) {
        let name = text.lowercased()
        if name == "default" {
            self = .default
        } else if name.hasPrefix("#") {
            let hex = name.utf8.dropFirst()
            guard hex.count == 6, hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
                  let value = UInt32(String(name.dropFirst()), radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else if let index = Self.ansiNames.firstIndex(of: name) {
            self = .ansi(index)
        } else if name.hasPrefix("bright-"), let index = Self.ansiNames.firstIndex(of: String(name.dropFirst(7))) {
            self = .ansi(index + 8)
        } else {
            return nil
        }
    }

    /// The colour's RGB value; ANSI colours use xterm's default palette, `default` has none.
    public var rgbComponents: (red: Double, green: Double, blue: Double)? {
        switch self {
        case .default:
            return nil
        case let .ansi(index):
            let (r, g, b) = ColorDepth.ansiPalette[index]
            return (Double(r), Double(g), Double(b))
        case let .rgb(r, g, b):
            return (Double(r), Double(g), Double(b))
        }
    }

    /// Linear interpolation in RGB between two colours, `fraction` from 0 (self) to 1 (other);
    /// `default` is returned unchanged.
    public func mixed(with other: TerminalColor, fraction: Double) -> TerminalColor {
        guard let from = rgbComponents, let to = other.rgbComponents else { return self }
        func channel(_ a: Double, _ b: Double) -> UInt8 { UInt8((a + (b - a) * fraction).rounded()) }
        return .rgb(channel(from.red, to.red), channel(from.green, to.green), channel(from.blue, to.blue))
    }
}
