/// A complete set of styles for every `ThemeKey`. User themes may be partial: whatever they do not
/// set comes from `Theme.standard` (see `ThemeParser`).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var description: String
    public private(set) var values: [ThemeKey: ThemeValue] {
        didSet { styles = resolvedStyles() }
    }
    /// `self[key]` for every style key, worked out once: widgets ask for styles per cell.
    private var styles: [ThemeKey: Style] = [:]

    public init(name: String, description: String, values: [ThemeKey: ThemeValue]) {
        self.name = name
        self.description = description
        self.values = values
        styles = resolvedStyles()
    }

    /// The base style: `ui.fg` on `ui.bg`.
    public var base: Style {
        Style(foreground: rawStyle(.foreground).foreground ?? .default,
              background: rawStyle(.background).foreground ?? .default)
    }

    /// The style of a key over the base style, so unset colours inherit `ui.fg`/`ui.bg`; its
    /// foreground contrasts with its background (or the assumed one) at 16 and 8 colours too
    /// (`ColorDepth.contrasting`).
    public subscript(key: ThemeKey) -> Style {
        styles[key] ?? resolvedStyle(key)
    }

    private func resolvedStyles() -> [ThemeKey: Style] {
        // Only the keys this theme sets: a missing one would read `Theme.standard`, which may be
        // the theme being made.
        Dictionary(uniqueKeysWithValues: values.compactMap { key, value in
            guard case .style = value else { return nil }
            return (key, resolvedStyle(key))
        })
    }

    private func resolvedStyle(_ key: ThemeKey) -> Style {
        var style = base.patched(with: rawStyle(key))
        if let foreground = style.foreground, let background = style.background == .default ? assumedBackground : style.background {
            style.foreground = ColorDepth.contrasting(foreground, against: background)
        }
        return style
    }

    /// The colour the theme takes the background to be: `ui.bg` if it names one; for the
    /// terminal's own, black under a light `ui.fg` and white under a dark one; nil when `ui.fg` is
    /// the terminal's own too (nothing is known).
    public var assumedBackground: TerminalColor? {
        let base = base
        if base.background != .default { return base.background }
        guard let lightness = base.foreground?.lightness else { return nil }
        return lightness >= 50 ? .rgb(0, 0, 0) : .rgb(0xFF, 0xFF, 0xFF)
    }

    /// The colour the theme takes the foreground to be: `ui.fg` if it names one, else the
    /// opposite of the assumed background.
    public var assumedForeground: TerminalColor? {
        let base = base
        if base.foreground != .default { return base.foreground }
        guard let lightness = assumedBackground?.lightness else { return nil }
        return lightness >= 50 ? .rgb(0, 0, 0) : .rgb(0xFF, 0xFF, 0xFF)
    }

    /// The colours of a list key (`heatmap.stops`, `plot.series`, …).
    public func colors(_ key: ThemeKey) -> [TerminalColor] {
        if case let .colors(colors)? = values[key] { return colors }
        if case let .colors(colors)? = Self.standard.values[key] { return colors }
        return [.default]
    }

    /// The n-th colour of a list key, cycling, as a foreground over the assumed background: at 16
    /// and 8 colours one that would vanish into the background takes the nearest that does not
    /// (`ColorDepth.contrasting`; on a white projector, #d78700 would be ANSI yellow).
    public func color(_ key: ThemeKey, _ index: Int) -> TerminalColor {
        let list = colors(key)
        let color = list[((index % list.count) + list.count) % list.count]
        guard let background = assumedBackground else { return color }
        return ColorDepth.contrasting(color, against: background)
    }

    /// A list key's colours as a ramp of foreground colours (`token.probability`): at 16 and 8
    /// colours each level contrasts with the assumed background, as `color(_:_:)` does.
    public func foregroundRamp(_ key: ThemeKey, levels: Int, depth: ColorDepth) -> ColorRamp {
        let ramp = ColorRamp(stops: colors(key), levels: levels)
        return depth < .palette256 ? ramp.fitted(to: depth, background: assumedBackground, avoiding: nil) : ramp
    }

    /// Sets one entry.
    public mutating func set(_ key: ThemeKey, _ value: ThemeValue) {
        values[key] = value
    }

    private func rawStyle(_ key: ThemeKey) -> Style {
        if case let .style(style)? = values[key] { return style }
        if case let .style(style)? = Self.standard.values[key] { return style }
        return Style()
    }
}
