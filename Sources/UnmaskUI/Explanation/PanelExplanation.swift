import UnmaskCore

/// What the focused panel shows, in two short lines: the explorer is used to teach the paper.
enum PanelExplanation {
    /// Why the energy is +∞ at the cursor, when the heatmap shows the energy and it is: which end
    /// diverges and the rule for a and b under the current weight, with the N-step energy as the
    /// finite comparison.
    static func divergence(at model: Model) -> String? {
        guard model.metric == .energy, !model.showsStepMap, model.cursorValue == .infinity else { return nil }
        let ends = energyDivergence(of: model.cursorSchedule, weight: model.weight)
        let exponents = model.weight.endpointExponents
        var parts: [String] = []
        if ends.atZero { parts.append("at t = 0 (it needs a > \(NumberFormat.readout((1 + exponents.atZero) / 2)))") }
        if ends.atOne { parts.append("at t = 1 (it needs b > \(NumberFormat.readout((1 + exponents.atOne) / 2)))") }
        guard !parts.isEmpty else { return nil }
        let discrete = discreteEnergy(of: model.cursorSchedule, weight: model.weight, steps: model.steps)
        return "E = +∞ here: under this weight the energy integral diverges " + parts.joined(separator: " and ")
            + ". The \(model.steps)-step energy E_N = \(NumberFormat.readout(discrete)) is finite."
    }

    /// The text for the focused panel, where it shows a recorded run or its step map.
    static func recordingText(at model: Model) -> String? {
        switch model.focus {
        case .heatmap where model.showsStepMap:
            return "Step map of the recorded run: positions across, steps down; a cell is lit where that step revealed"
                + " that position. Blocks show as a staircase, parallel steps as wide rows. u: the plane again."
        case .sampler where model.showsRecording:
            return "A recorded run: ▒ still masked (red: masked again by this step), the prompt dimmed, ┊ between blocks."
                + " ←/→ or ,/. scrub, # a step, f a text, ↑/↓ scroll, c step or confidence colours, t the toy targets."
        default:
            return nil
        }
    }

    static func text(for focus: Focus, metric: PlaneMetric.Kind) -> String {
        switch (focus, metric) {
        case (.heatmap, .energy):
            return "Each point: α_t = sin²(π/2·I_t(a,b)). Colour: energy E = ∫ α̇²/(γ̇·α(1−α)) dt under the weight γ;"
                + " always ≥ π², equal only at α* = sin²(π/2·γ) (◆). ╱: +∞."
        case (.heatmap, .discreteEnergy):
            return "E_N = 4·Σₖ (Δθₖ)²/Δγₖ with θ = arcsin √α on tₖ = k/N: the energy N steps see."
                + " ≥ π² for every N, → E as N grows; the optimum stays optimal."
        case (.heatmap, .tv), (.heatmap, .kl), (.heatmap, .invalid):
            return "Each point runs the exact N-step sampler with schedule Beta(a,b) on the toy target and compares its output p"
                + " with the target q: TV ½Σ|q−p|, KL(q‖p) or the invalid mass. Lower is better."
        case (.heatmap, .klOrders):
            return "Each point: the mean over random orders of KL(q‖p_π) for Beta(a,b)'s token counts, Σⱼ Zⱼ − Σₖ sₖ·Z_{mₖ+1}"
                + " from the target's information curve Z (O(N) a point). Needs random order, temperature 1. Lower is better."
        case (.heatmap, .score):
            return "A measured point: a task's score with schedule Beta(a,b) at N steps (lm-eval runs or the"
                + " paper's tables). Higher is better, ◆ the best; ░ not measured."
        case (.schedules, _):
            return "α_t: fraction unmasked at time t (t = 0 all masked). γ_t = (2/π)·arcsin √α_t: the same schedule as"
                + " geodesic speed. Bars: tokens per step; × = none."
        case (.sampler, _):
            return "Tokens revealed in one step are drawn independently given the visible ones: the whole few-step error."
                + " Many reveals at once break tokens that depend on each other."
        }
    }
}
