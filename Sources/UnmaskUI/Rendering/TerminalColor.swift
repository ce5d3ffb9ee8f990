import Foundation

/// A colour as themes and widgets name it, before it is fitted to what the terminal can show
/// (see `ColorDepth`).
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours: 0–7 normal, 8–15 bright.
    case ansi(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
    /// A 24-bit colour that shows as the given ANSI colours at 16 and at 8 colours instead of
    /// its nearest ones, which would vanish into the background it is drawn on (`Theme` and the
    /// heatmap's ramp make these with `ColorDepth.contrasting`).
    case rgbOnAnsi(UInt8, UInt8, UInt8, ansi16: UInt8, ansi8: UInt8)

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
        case let .rgb(r, g, b), let .rgbOnAnsi(r, g, b, _, _):
            return (Double(r), Double(g), Double(b))
        }
    }

    /// CIE L* (0 black … 100 white) of the colour's RGB value (sRGB, D65); nil for `default`.
    public var lightness: Double? {
        guard let (r, g, b) = rgbComponents else { return nil }
        let y = 0.2126 * Self.linear(r) + 0.7152 * Self.linear(g) + 0.0722 * Self.linear(b)
        return y > 216.0 / 24389 ? 116 * Foundation.pow(y, 1.0 / 3) - 16 : y * 24389.0 / 27
    }

    /// An sRGB channel 0…255 as linear light 0…1.
    private static func linear(_ channel: Double) -> Double {
        let v = channel / 255
        return v <= 0.04045 ? v / 12.92 : Foundation.pow((v + 0.055) / 1.055, 2.4)
    }

    /// The colour in OKLab (L 0…1, a, b), where Euclidean distance follows perceived difference;
    /// nil for `default`.
    var oklab: (Double, Double, Double)? {
        guard let (r, g, b) = rgbComponents else { return nil }
        let (lr, lg, lb) = (Self.linear(r), Self.linear(g), Self.linear(b))
        let l = Foundation.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb)
        let m = Foundation.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb)
        let s = Foundation.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb)
        return (0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s)
    }

    /// The squared OKLab distance between two colours (infinite if either is `default`).
    func perceptualDistance(to other: TerminalColor) -> Double {
        guard let (l1, a1, b1) = oklab, let (l2, a2, b2) = other.oklab else { return .infinity }
        return (l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2)
    }

    /// The 16 ANSI colours as RGB colours (xterm's values).
    static let ansiColors: [TerminalColor] = ColorDepth.ansiPalette.map { r, g, b in .rgb(UInt8(r), UInt8(g), UInt8(b)) }

    /// CIE L* of the 16 ANSI colours (xterm's values).
    static let ansiLightness: [Double] = ColorDepth.ansiPalette.map { r, g, b in
        TerminalColor.rgb(UInt8(r), UInt8(g), UInt8(b)).lightness ?? 0
    }

    /// Whether the colour is a grey (channels within 24 of each other).
    var isNeutral: Bool {
        guard let (r, g, b) = rgbComponents else { return true }
        return Swift.max(r, g, b) - Swift.min(r, g, b) <= 24
    }

    /// Linear interpolation in RGB between two colours, `fraction` from 0 (self) to 1 (other);
    /// `default` is returned unchanged.
    public func mixed(with other: TerminalColor, fraction: Double) -> TerminalColor {
        guard let from = rgbComponents, let to = other.rgbComponents else { return self }
        func channel(_ a: Double, _ b: Double) -> UInt8 { UInt8((a + (b - a) * fraction).rounded()) }
        return .rgb(channel(from.red, to.red), channel(from.green, to.green), channel(from.blue, to.blue))
    }
}
