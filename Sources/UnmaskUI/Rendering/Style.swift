/// Foreground, background and attributes; a nil colour inherits the colour underneath
/// (see `patched(with:)`).
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: CellAttributes

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: CellAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// This style with `other`'s colours where it sets them and both sets of attributes.
    public func patched(with other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground, background: other.background ?? background,
              attributes: attributes.union(other.attributes))
    }

    /// The style with the given extra attributes.
    public func adding(_ extra: CellAttributes) -> Style {
        Style(foreground: foreground, background: background, attributes: attributes.union(extra))
    }
}
