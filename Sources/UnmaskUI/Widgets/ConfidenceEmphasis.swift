/// How a revealed token shows its confidence where colour cannot: under a theme whose confidence
/// ramp is one colour (`mono`) or on a terminal without colours, the `c` colouring by confidence
/// sets attributes instead, bold from `high`, plain between, dim below `low`. (The toy sampler
/// also prints each token's probability below it; a recorded run has only its tokens.)
enum ConfidenceEmphasis {
    /// The bands' edges: a confidence ≥ 0.9 is high, one < 0.5 low.
    static let high = 0.9
    static let low = 0.5

    /// Whether `ramp`, drawn at `depth`, cannot tell confidences apart by colour.
    static func isNeeded(_ ramp: ColorRamp, depth: ColorDepth) -> Bool {
        depth == .none || Set(ramp.colors).count < 2
    }

    /// What the readout adds after the colouring's name where the bands are used under `theme`
    /// at `depth`: ` (bold ≥ 0.9, dim < 0.5)`; empty elsewhere.
    static func legend(_ theme: Theme, depth: ColorDepth) -> String {
        guard isNeeded(theme.foregroundRamp(.tokenProbability, levels: 8, depth: depth), depth: depth) else { return "" }
        return " (bold ≥ \(high.compactDescription), dim < \(low.compactDescription))"
    }

    /// `style` with its bold and dim replaced by the band of `confidence`, compared in single
    /// precision: a recorded run keeps its confidences as Floats (`TrajectoryReplay`), in which
    /// 0.9000000000000205 becomes 0.89999998, below the Double 0.9, but equal to the Float 0.9.
    static func style(_ style: Style, confidence: Double) -> Style {
        var marked = style
        marked.attributes.subtract([.bold, .dim])
        let value = Float(confidence)
        if value >= Float(high) { marked.attributes.insert(.bold) } else if value < Float(low) { marked.attributes.insert(.dim) }
        return marked
    }
}
