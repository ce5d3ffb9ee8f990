// Rows 6 and 7 of `scripts/benchmark` (issue 3, "Performance (benchmarks)"), no external peer:
//   6. exact-evaluation cells per second for each built-in target at 3 and 8 steps, one thread,
//      no memoisation; cells over the default work limit are counted, not timed into the rate;
//   7. the 64 × 64 exact TV heatmap of paper-balanced at 3 steps on every core through
//      GridEngine + the TV plane metric (target < 1 s), against a plain one-thread reference in
//      the same run, with the largest difference between their values;
//   8. the explorer's TV plane at N = 8 on sticky-chain and words, time to complete (first pass
//      and best), against issue 13's targets (10 s, 2 s);
//   10. the exact information curve Z of sticky-chain and long-chain (target < 0.2 s for
//      sticky-chain) against a plain dictionary-marginal reference;
//   11. the 256 × 256 kl-orders plane once Z is known (target < 0.2 s), and its per-cell cost
//      against the exact sampler DP's (target ≥ 1000×);
//   12. the error–NFE frontier of paper-balanced, N = 1…5, three policies × 10 parameters
//      (target < 2 s).
// Exit status 1 when row 7's values or row 10's Z disagree, or a row 12 point is not exact (correctness problems); a missed speed target
// only prints MISS.
//
//     unmask-sampler-bench      knobs: UNMASK_BENCH_EXACT_PASSES (3), UNMASK_BENCH_EXACT_SCALE_PCT
//                               (100: cells per target, in % of the defaults),
//                               UNMASK_BENCH_TV_PASSES (5), UNMASK_BENCH_TV_REFERENCE_PASSES (3),
//                               UNMASK_BENCH_PLANE_PASSES (3), UNMASK_BENCH_INFORMATION_PASSES (5),
//                               UNMASK_BENCH_FRONTIER_PASSES (3)

import Foundation
import UnmaskCore

let valueBound = 1e-12
let wallTarget = 1.0

/// Cells per second: a whole number with separators from 100 up, else one decimal (two below 10).
func rate(_ value: Double) -> String {
    value >= 100 ? grouped(Int(value.rounded())) : String(format: value >= 10 ? "%.1f" : "%.2f", value)
}

let exact = ExactRate(passes: max(1, knob("UNMASK_BENCH_EXACT_PASSES", default: 3)),
                      scale: Double(max(1, knob("UNMASK_BENCH_EXACT_SCALE_PCT", default: 100))) / 100)
print("6. Exact evaluation (exactOutputDistribution), cumulative rounding, random order, one thread, no memoisation;")
print("   Beta(a, b) cells, a and b log-uniform in [0.1, 3] (SplitMix64 seed \(ExactRate.seed)), the same cells at 3 and 8 steps;")
print("   exactOutputDistribution's default work limit; rate over the cells within it, best of \(exact.passes) passes")
print("   target            steps  cells  over limit     cells/s   (CPU time)    us per cell")
let exactStart = Stamp.now()
exact.run(ToyTarget.builtIn) { row in
    let name = row.target.padding(toLength: 16, withPad: " ", startingAt: 0)
    let done = row.cells - row.overLimit
    var line = "   \(name) \(String(format: "%6d", row.steps)) \(String(format: "%6d", row.cells))"
        + " \(String(format: "%11d", row.overLimit))"
    if done > 0 {
        line += "  " + padded(rate(Double(done) / row.wall), 10) + "   (" + padded(rate(Double(done) / row.cpu), 10) + ")"
            + String(format: "  %12.1f", row.wall / Double(done) * 1e6)
    } else {
        line += "           -            -              -"
    }
    if row.overLimit > 0 {
        line += String(format: "   %@ over the work limit (%@): %d of %d cells, %.0f ms each until stopped",
                       done == 0 ? "ALL" : "some", row.limit.map(grouped) ?? "?", row.overLimit, row.cells,
                       row.secondsToLimit * 1e3)
    }
    print(line)
}
print(String(format: "   (row 6 took %.1f s)", (Stamp.now() - exactStart).wall))
print()

var status: Int32 = 0
do {
    let heatmap = TVHeatmap(productPasses: max(1, knob("UNMASK_BENCH_TV_PASSES", default: 5)),
                            referencePasses: max(1, knob("UNMASK_BENCH_TV_REFERENCE_PASSES", default: 3)))
    let result = try heatmap.run()
    let ratio = result.referenceBest / result.productBest
    let valuesOK = result.maxDifference <= valueBound && result.nanMismatches == 0
    if !valuesOK { status = 1 }
    print("7. Exact TV heatmap, \(heatmap.target.name), \(heatmap.steps) steps, cumulative rounding, random order,"
          + " a \(heatmap.axis) x b \(heatmap.axis) = \(grouped(result.cells)) cells")
    print(String(format: "   product   GridEngine(workers: %d) + TV plane metric (memoised), fresh evaluator each pass:",
                 result.workers))
    print(String(format: "             best of %d  %8.4f s   (first pass %.4f s)   target < %g s   %@",
                 heatmap.productPasses, result.productBest, result.productFirst, wallTarget,
                 result.productBest < wallTarget ? "ok" : "MISS"))
    print(String(format: "             cores the best pass actually got (CPU time / wall time): %.2f", result.productCores))
    print(String(format: "   reference exactOutputDistribution + SamplingErrorMetric.tv per cell, one thread, no memo:"))
    print(String(format: "             best of %d  %8.4f s   (%.1f us per cell)", heatmap.referencePasses,
                 result.referenceBest, result.referenceBest / Double(result.cells) * 1e6))
    print(String(format: "   ratio reference/product  %.1fx   (the grid has %d distinct token-count vectors for the memo to share)",
                 ratio, result.countVectors))
    print(String(format: "   values: max |product - reference| %.3g over %@ cells, %@ bit-identical, %d NaN mismatches   bound <= %g   %@",
                 result.maxDifference, grouped(result.cells - result.nanCells), grouped(result.identical),
                 result.nanMismatches, valueBound, valuesOK ? "ok" : "FAIL"))
} catch {
    print("7. TV heatmap benchmark failed: \(error)")
    status = 1
}
print()

do {
    let plane = ExplorerPlane(passes: max(1, knob("UNMASK_BENCH_PLANE_PASSES", default: 3)))
    print("8. The explorer's TV plane, N = 8, cumulative, random order, 400-run estimates past the exact limit,")
    print("   a 0.05:2.35:47 x b 0.05:2.4:48, GridEngine() on every core, a fresh metric each pass")
    print("   target          cells   first pass   best of \(plane.passes)   target    empty  estimated")
    try plane.run { row in
        print("   " + row.target.padding(toLength: 14, withPad: " ", startingAt: 0)
              + String(format: " %6d   %8.3f s   %8.3f s   < %g s  %@  %6d  %9d", row.cells, row.first, row.best,
                       row.targetSeconds, row.first < row.targetSeconds ? "ok  " : "MISS", row.empty, row.estimated))
    }
} catch {
    print("8. explorer plane benchmark failed: \(error)")
    status = 1
}
print()

do {
    let information = InformationRows(passes: max(1, knob("UNMASK_BENCH_INFORMATION_PASSES", default: 5)))
    let curveTarget = 0.2
    print("10. The exact information curve Z (InformationCurve(of:)), one thread, best of \(information.passes);")
    print("    reference: each of the 2^n marginals summed into a dictionary, same run")
    print("    target        sequences      product    reference   ratio   max |dZ|    target")
    for target in [ToyTarget.stickyChain, .longChain] {
        let row = try information.curve(target)
        let judged = target.name == "sticky-chain"
        print("    " + row.target.padding(toLength: 12, withPad: " ", startingAt: 0)
              + String(format: " %9d   %8.4f s   %8.4f s  %5.0fx   %8.2g   %@", row.sequences, row.best, row.referenceBest,
                       row.referenceBest / row.best, row.maxDifference,
                       judged ? (row.best < curveTarget ? "< 0.2 s ok" : "< 0.2 s MISS") : "-"))
        if !(row.maxDifference <= valueBound) { status = 1 }
    }
    print()
    print("11. The kl-orders plane, a \(InformationRows.axis) x b \(InformationRows.axis), cumulative, Z known (cached),")
    print("    GridEngine on every core and on one worker, a fresh metric each pass, best of \(information.passes);")
    print("    against exactOutputDistribution on seeded cells of the same grid (one thread, no memo, within its work limit)")
    print("    target         N    cells   all cores   one worker   ns/cell   exact DP us/cell (cells, over limit)   ratio    target")
    for (target, steps, cells) in [(ToyTarget.stickyChain, 8, 4), (.paperBalanced, 3, 200), (.longChain, 6, 2)] {
        let row = try information.plane(target, steps: steps, exactCells: cells)
        let perCell = row.oneWorkerBest / Double(row.cells)
        let ratio = row.exactPerCell / perCell
        print("    " + row.target.padding(toLength: 13, withPad: " ", startingAt: 0)
              + String(format: " %2d  %7d  %8.4f s  %9.4f s  %8.0f   %14.1f (%d, %d)", row.steps, row.cells, row.allCoresBest,
                       row.oneWorkerBest, perCell * 1e9, row.exactPerCell * 1e6, row.exactCells, row.exactOverLimit)
              + (row.exactCells > 0 ? String(format: "   %8.0fx", ratio) : "          -")
              + String(format: "   %@, %@", row.allCoresBest < 0.2 ? "< 0.2 s ok" : "< 0.2 s MISS",
                       row.exactCells == 0 ? "DP all over limit" : ratio >= 1000 ? ">= 1000x ok" : ">= 1000x MISS"))
    }
} catch {
    print("10-11. information benchmark failed: \(error)")
    status = 1
}
print()

do {
    let row = FrontierRow(passes: max(1, knob("UNMASK_BENCH_FRONTIER_PASSES", default: 3)))
    let result = try row.run()
    let frontierTarget = 2.0
    print("12. The error-NFE frontier (frontier(of:_:)), \(row.target.name), N = 1...5: linear, sin2, best Beta, optimal profile;")
    print("    threshold, entropy-bound and klass (10 values each) at temperature 1")
    print(String(format: "    points %d (exact %d)   first pass %.3f s   best of %d %.3f s   target < %g s   %@",
                 result.points, result.exactPoints, result.first, row.passes, result.best, frontierTarget,
                 result.first < frontierTarget ? "ok" : "MISS"))
    if result.exactPoints != result.points { status = 1 }
} catch {
    print("12. frontier benchmark failed: \(error)")
    status = 1
}
print()

do {
    let row = MonteCarloRow(passes: max(1, knob("UNMASK_BENCH_MONTE_CARLO_PASSES", default: 3)))
    print("13. Monte Carlo, \(row.samples) runs, one thread, best of \(row.passes): the estimate (its runs share the denoiser's")
    print("    answers) against the same seeds run one by one (samplePolicyRun, sampleTrajectory), same run")
    print("    estimate                         shared      one by one   ratio   tallies")
    for result in try row.run() {
        print("    " + result.name.padding(toLength: 30, withPad: " ", startingAt: 0)
              + String(format: " %8.3f s   %8.3f s   %5.1fx   %@", result.shared, result.alone, result.alone / result.shared,
                       result.agree ? "equal" : "DIFFER"))
        if !result.agree { status = 1 }
    }
} catch {
    print("13. Monte Carlo benchmark failed: \(error)")
    status = 1
}
exit(status)
