import UnmaskCore
import UnmaskUI
import UnmaskUITestSupport

/// Models for tests: a fixed size, no colour (so heatmaps draw shade glyphs that a text
/// snapshot can see) and the shipped mono theme.
enum TestModels {
    static let mono: Theme = {
        let source = (try? ShippedThemes.source("mono")) ?? ""
        return (try? ThemeParser(source: source, file: "mono").parse(name: "mono").theme) ?? .standard
    }()

    static func model(width: Int = 80, height: Int = 24, options: ExplorerOptions = ExplorerOptions(),
                      depth: ColorDepth = .none) -> Model {
        var model = Model(options: options, width: width, height: height, colorDepth: depth, theme: depth == .none ? mono : .standard)
        _ = update(&model, .resize(width: width, height: height))
        return model
    }

    /// The model after its current heatmap request has been computed in full.
    static func computed(_ model: Model) -> Model {
        var model = model
        guard let request = model.heatmap.request else { return model }
        _ = update(&model, .computeFinished(computedSnapshot(request)))
        return model
    }

    /// The TV plane of confidence order on `words` at N = 8, whose cells are all beyond exact
    /// evaluation (26⁵ joint draws in the first step), estimated from 50 runs each.
    static func beyondExactEvaluation() -> Model {
        var model = TestModels.model(options: ExplorerOptions(steps: 8, monteCarloSamples: 50))
        while model.sampler.target.name != "words" { _ = update(&model, .key(.character("t"))) }
        while model.sampler.order != .confidence { _ = update(&model, .key(.character("o"))) }
        while model.metric != .tv { _ = update(&model, .key(.character("m"))) }
        return model
    }

    static func render(_ model: Model) -> CellBuffer {
        var buffer = CellBuffer(width: model.width, height: model.height)
        view(model, into: &buffer)
        return buffer
    }
}
