import UnmaskCore

/// The explorer's whole state. `update` changes it, `view` draws it; nothing else does either.
public struct Model: Equatable, Sendable {
    /// The most schedules that can be pinned next to the cursor's.
    public static let maximumPins = 3
    /// The weights `w` cycles through after the starting one.
    public static let weightCycle: [MaskSchedule] = [
        .uniform, MaskSchedule(.beta(a: 0.9, b: 0.3)), MaskSchedule(.beta(a: 1, b: 0.2)),
        MaskSchedule(.beta(a: 0.3, b: 0.9)), MaskSchedule(.beta(a: 2, b: 2)), MaskSchedule(.linear), MaskSchedule(.cosine),
    ]
    /// The named schedules `n` pins in turn.
    public static let namedSchedules: [MaskSchedule] = [
        MaskSchedule(.linear), MaskSchedule(.sine), MaskSchedule(.cosine), MaskSchedule(.sin2),
        MaskSchedule(.poly(k: 2)), MaskSchedule(.polyMask(k: 2)),
    ]
    /// Largest N and L the keys reach.
    public static let maximumSteps = 1024
    public static let maximumLength = 4096

    public var width: Int
    public var height: Int
    public let colorDepth: ColorDepth
    public let theme: Theme
    public let keys: KeyTable

    public var cursor: BetaPoint
    public var spacingIndex: Int
    public var metric: HeatmapMetric
    public var weights: [MaskSchedule]
    public var weightIndex: Int
    public var steps: Int
    public var length: Int
    public var rounding: TokenRounding
    public var pins: [MaskSchedule]
    public var nextNamedPin: Int
    public var focus: Focus
    public var showsHelp: Bool
    public var heatmap: HeatmapState
    /// The last generation handed out; each new heatmap request takes the next.
    public var generation: Int
    /// A one-line note on the status line (a warning, a refused change).
    public var notice: String?

    public init(options: ExplorerOptions, width: Int, height: Int, colorDepth: ColorDepth, theme: Theme,
                keys: KeyTable = .explorer) {
        self.width = width
        self.height = height
        self.colorDepth = colorDepth
        self.theme = theme
        self.keys = keys
        spacingIndex = BetaLattice.defaultSpacingIndex
        let spacing = BetaLattice.spacings[spacingIndex]
        cursor = BetaPoint(a: BetaLattice.snap(options.cursor.a, spacing: spacing),
                           b: BetaLattice.snap(options.cursor.b, spacing: spacing))
        metric = .energy
        weights = [options.weight] + Self.weightCycle.filter { $0 != options.weight }
        weightIndex = 0
        steps = options.steps
        length = options.length
        rounding = options.rounding
        pins = Array(options.pins.prefix(Self.maximumPins))
        nextNamedPin = 0
        focus = .heatmap
        showsHelp = false
        heatmap = HeatmapState()
        generation = 0
        notice = nil
    }

    public var layout: Layout { Layout(width: width, height: height, showsSampler: false) }

    /// The lattice spacing in hundredths.
    public var spacing: Int { BetaLattice.spacings[spacingIndex] }

    /// The weight γ the energies are measured with.
    public var weight: MaskSchedule { weights[weightIndex] }

    /// The cursor's mask schedule.
    public var cursorSchedule: MaskSchedule { MaskSchedule(.beta(a: cursor.aValue, b: cursor.bValue)) }

    /// The panels on screen, in focus order.
    public var panels: [Focus] { layout.sampler.isEmpty ? [.heatmap, .schedules] : Focus.allCases }

    /// The heatmap grid for the current panel size and spacing: the lattice points spacing·1 …
    /// spacing·count along each axis, one per pixel.
    public var grid: ParameterGrid? {
        let pixels = layout.mapPixels
        guard !layout.isTooSmall, pixels.columns >= 2, pixels.rows >= 2 else { return nil }
        return try? ParameterGrid(a: Self.axis(spacing: spacing, count: pixels.columns),
                                  b: Self.axis(spacing: spacing, count: pixels.rows))
    }

    /// The largest a and b on the grid, in hundredths.
    public var gridLimit: (a: Int, b: Int) {
        let pixels = layout.mapPixels
        return (spacing * Swift.max(1, pixels.columns), spacing * Swift.max(1, pixels.rows))
    }

    /// What the heatmap should show now.
    public var heatmapJob: HeatmapJob {
        switch metric {
        case .energy: return .energy(.continuous(weight: weight))
        case .discreteEnergy: return .energy(.discrete(weight: weight, steps: steps))
        }
    }

    /// The grid index of the cursor, if it is on the grid.
    public var cursorCell: (i: Int, j: Int)? {
        let pixels = layout.mapPixels
        let i = cursor.a / spacing - 1, j = cursor.b / spacing - 1
        guard i >= 0, i < pixels.columns, j >= 0, j < pixels.rows else { return nil }
        return (i, j)
    }

    /// The metric's value under the cursor: nil while not computed.
    public var cursorValue: Double? {
        guard let cell = cursorCell, let values = heatmap.values else { return nil }
        let columns = layout.mapPixels.columns
        guard values.isComputed(i: cell.i, j: cell.j, columns: columns) else { return nil }
        return values.values[cell.j * columns + cell.i]
    }

    private static func axis(spacing: Int, count: Int) throws -> GridAxis {
        try GridAxis(min: Double(spacing) / 100, max: Double(spacing * count) / 100, count: count)
    }
}
