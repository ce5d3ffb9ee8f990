import CNcurses
import UnmaskUI

/// Colour pairs for (foreground, background) colours at the terminal's depth, allocated once
/// with `alloc_pair` (ncurses ≥ 6.1 manages the pair table) and cached. Pair 0 is the terminal's
/// default colours.
@MainActor
final class ColorPairs {
    let depth: ColorDepth
    private var pairs: [ColorKey: Int32] = [:]

    private struct ColorKey: Hashable {
        let foreground: TerminalColor
        let background: TerminalColor
    }

    init(depth: ColorDepth) {
        self.depth = depth
    }

    /// The pair number for two colours.
    func pair(foreground: TerminalColor, background: TerminalColor) -> Int32 {
        guard depth != .none else { return 0 }
        let key = ColorKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let fg = Int32(depth.colorNumber(of: foreground)), bg = Int32(depth.colorNumber(of: background))
        let pair = (fg == -1 && bg == -1) ? 0 : Swift.max(0, alloc_pair(fg, bg))
        pairs[key] = pair
        return pair
    }

    /// Forgets the cache (after the terminal was reinitialised).
    func reset() {
        pairs.removeAll()
    }
}
