import UnmaskCore

/// Row 12 (issue 14, "Performance"): the frontier of paper-balanced for N = 1…5 with three
/// policies × 10 parameters: `frontier(of:_:)` with the threshold, entropy-bound and KLASS
/// sweeps (`FrontierRequest.sweptPolicies`, the default of `unmask frontier`) at temperature 1.
/// The first pass and the best of `passes` are timed; Z is already cached by row 11 (on paper-balanced it
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
        let request = FrontierRequest(steps: steps, policies: FrontierRequest.sweptPolicies.flatMap { FrontierRequest.sweep(of: $0)! })
        var first = 0.0, best = Double.infinity
        var points: [FrontierPoint] = []
        for pass in 0..<passes {
            let start = Stamp.now()
            points = try frontier(of: target, request).points
            let wall = (Stamp.now() - start).wall
            if pass == 0 { first = wall }
            best = min(best, wall)
        }
        return Result(first: first, best: best, points: points.count, exactPoints: points.filter { $0.evaluation == .exact }.count)
    }
}
