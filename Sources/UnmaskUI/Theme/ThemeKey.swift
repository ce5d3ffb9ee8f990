/// The semantic keys a theme sets, by their dotted TOML path. Widgets ask for a role, never for a
/// colour, so every theme restyles every panel.
public enum ThemeKey: String, CaseIterable, Sendable {
    case foreground = "ui.fg"
    case background = "ui.bg"
    case muted = "ui.muted"
    case accent = "ui.accent"
    case error = "ui.error"
    case border = "ui.border.normal"
    case borderFocus = "ui.border.focus"
    case title = "ui.title.normal"
    case titleFocus = "ui.title.focus"
    case statusText = "ui.status.text"
    case statusKey = "ui.status.key"
    case helpText = "ui.help.text"
    case helpKey = "ui.help.key"
    case helpBorder = "ui.help.border"
    case heatmapStops = "heatmap.stops"
    case heatmapInfinite = "heatmap.infinite"
    case heatmapPending = "heatmap.pending"
    case heatmapCursor = "heatmap.cursor"
    case heatmapOptimum = "heatmap.optimum"
    case heatmapAxis = "heatmap.axis"
    case plotAxis = "plot.axis"
    case plotLabel = "plot.label"
    case plotSeries = "plot.series"
    case tokenMask = "token.mask"
    case tokenText = "token.text"
    case tokenSteps = "token.steps"
    case tokenProbability = "token.probability"
    case tokenZero = "token.zero"
    case tokenBar = "token.bar"
    case tokenCurrent = "token.current"

    /// What a key's value is.
    public enum Kind: Sendable, Equatable {
        /// A single colour string.
        case color
        /// A colour string (the foreground) or an inline table `{ fg, bg, bold, dim, reverse, underline }`.
        case style
        /// An array of at least `minimum` colour strings.
        case colors(minimum: Int)
    }

    public var kind: Kind {
        switch self {
        case .foreground, .background: return .color
        case .heatmapStops, .tokenProbability: return .colors(minimum: 2)
        case .plotSeries, .tokenSteps: return .colors(minimum: 1)
        default: return .style
        }
    }

    /// Top-level keys that describe the theme rather than style anything.
    static let metadataKeys: Set<String> = ["name", "description"]
}
