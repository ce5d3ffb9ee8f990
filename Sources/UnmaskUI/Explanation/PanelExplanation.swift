/// What the focused panel shows, in two short lines: the explorer is used to teach the paper.
enum PanelExplanation {
    static func text(for focus: Focus, metric: HeatmapMetric) -> String {
        switch (focus, metric) {
        case (.heatmap, .energy):
            return "Each point is the schedule α_t = sin²(π/2·I_t(a,b)). Colour: its energy E = ∫ α̇²/(γ̇·α(1−α)) dt under the weight γ."
                + " Every energy is ≥ π², reached only at α* = sin²(π/2·γ) (◆); ╱ marks +∞ (e.g. linear under a uniform weight)."
        case (.heatmap, .discreteEnergy):
            return "N-step energy E_N = 4·Σ (θ_{k+1} − θ_k)² / Δγ_k on t_k = k/N with θ = arcsin √α: the energy the sampler's N steps"
                + " actually see. It is ≥ π² for every N and tends to E as N grows; the optimum stays optimal on any grid."
        case (.schedules, _):
            return "α_t: the fraction of tokens unmasked at time t (t = 0 all masked). γ_t = (2/π)·arcsin √α_t: the same schedule as"
                + " speed along the geodesic. Bars: tokens revealed in each of N steps for L tokens; × marks a step that reveals none."
        case (.sampler, _):
            return "Tokens revealed in one step are drawn independently given the visible ones: that factorisation is the whole"
                + " few-step error. Schedules that reveal many tokens at once break targets whose tokens depend on each other."
        }
    }
}
