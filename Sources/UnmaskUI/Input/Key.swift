/// A key press as the explorer sees it, independent of the terminal that delivered it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown, insert, delete
    case tab, backTab, enter, escape, backspace
    /// Ctrl with a letter, e.g. `.control("c")`, or with `@`, `\`, `]`, `^` or `_` for the
    /// other control characters.
    case control(Character)
    /// F1–F12: `.function(1)` … `.function(12)`.
    case function(Int)
    /// A key with modifiers the terminal reported for it, e.g. Shift-↑ or Alt-x; never empty
    /// modifiers, and Shift-Tab is `.backTab`.
    indirect case modified(Key, KeyModifiers)

    /// How the help overlay and status line write the key.
    public var label: String {
        switch self {
        case .character(" "): return "space"
        case let .character(character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case let .control(character): return "C-\(character)"
        case let .function(number): return "F\(number)"
        case let .modified(key, modifiers): return modifiers.labelPrefix + key.label
        }
    }
}

/// A mouse event in screen cells (column x, row y from the top left).
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case press
        case scrollUp
        case scrollDown
    }

    public let x: Int
    public let y: Int
    public let kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
