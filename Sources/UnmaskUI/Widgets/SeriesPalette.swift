/// Colours and marker letters that keep up to twelve plot series apart: twelve colours whose
/// nearest entries of the xterm 256-colour palette all differ, each with its own ANSI colour at
/// 16 colours (six bright, then six normal; at 8 colours they pair up), and the letters A–Z for
/// plots without colour. Series k takes entry k mod the count.
public enum SeriesPalette {
    public static let colors: [TerminalColor] = [
        .rgbOnAnsi(0xFF, 0x55, 0x55, ansi16: 9, ansi8: 1),
        .rgbOnAnsi(0x55, 0xAA, 0xFF, ansi16: 12, ansi8: 4),
        .rgbOnAnsi(0x55, 0xDD, 0x55, ansi16: 10, ansi8: 2),
        .rgbOnAnsi(0xFF, 0xCC, 0x33, ansi16: 11, ansi8: 3),
        .rgbOnAnsi(0xDD, 0x77, 0xFF, ansi16: 13, ansi8: 5),
        .rgbOnAnsi(0x44, 0xDD, 0xDD, ansi16: 14, ansi8: 6),
        .rgbOnAnsi(0xFF, 0x99, 0x33, ansi16: 3, ansi8: 3),
        .rgbOnAnsi(0xAA, 0xAA, 0xAA, ansi16: 7, ansi8: 7),
        .rgbOnAnsi(0x99, 0x66, 0x33, ansi16: 1, ansi8: 1),
        .rgbOnAnsi(0x88, 0x88, 0xFF, ansi16: 4, ansi8: 4),
        .rgbOnAnsi(0xFF, 0x99, 0xCC, ansi16: 5, ansi8: 5),
        .rgbOnAnsi(0x66, 0x99, 0x33, ansi16: 2, ansi8: 2),
    ]

    public static let markers: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public static func color(_ index: Int) -> TerminalColor { colors[index % colors.count] }

    public static func marker(_ index: Int) -> Character { markers[index % markers.count] }
}
