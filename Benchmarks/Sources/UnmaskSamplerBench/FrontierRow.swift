import UnmaskCore

/// Row 12 (issue 14, "Performance"): the frontier of paper-balanced for N = 1…5 with three
/// policies × 10 parameters: `frontier(of:_:)` with the threshold and entropy-bound sweeps at
/// temperature 1, plus the threshold sweep at temperature 0 (a third policy in effect: argmax
/// proposals, a state-determined reveal set), no schedule rows in the second call. The first
/// pass and the best of `passes` are timed; Z is already cached by row 11 (on paper-balanced it
/// costs microseconds anyway). Every point must be exact.
struct FrontierRow {
    let passes: Int
    let target = ToyTarget.paperBalanced
    let steps = Array(1...5)

    struct Result {
        let first: Double
        let best: Double
        let points: Int
        let exactPoints: Int
    }

    func run() throws -> Result {
        let sampled = FrontierRequest(steps: steps, policies: FrontierRequest.sweep(of: "threshold")! + FrontierRequest.sweep(of: "entropy-bound")!)
        let argmax = FrontierRequest(steps: [], policies: FrontierRequest.sweep(of: "threshold")!, temperature: 0)
        var first = 0.0, best = Double.infinity
        var points: [FrontierPoint] = []
        for pass in 0..<passes {
            let start = Stamp.now()
            points = try frontier(of: target, sampled).points + frontier(of: target, argmax).points
            let wall = (Stamp.now() - start).wall
            if pass == 0 { first = wall }
            best = min(best, wall)
        }
        return Result(first: first, best: best, points: points.count, exactPoints: points.filter { $0.evaluation == .exact }.count)
    }
}
