/// What a recorded trajectory did, step by step: the numbers `unmask trajectory` reports.
///
/// Steps are taken in file order. Within a step, `remasked` positions are masked first, then
/// `revealed` ones set, so a position masked and revealed in the same step ends revealed. The
/// step map and the partial sequence follow that state: a position masked again shows −1 until
/// a later step reveals it.
public struct TrajectorySummary: Sendable, Equatable {
    /// The number of step records.
    public let steps: Int
    /// The final record's nfe, else the number of steps.
    public let nfe: Int
    /// The step numbers, in file order.
    public let stepNumbers: [Int]
    /// Tokens revealed by each step.
    public let tokensPerStep: [Int]
    /// For each generated position, the step that last revealed it (−1 if masked at the end).
    public let stepMap: [Int]
    /// Mean and minimum of each step's recorded confidences (nil when it recorded none).
    public let meanConfidence: [Double?]
    public let minimumConfidence: [Double?]
    /// Positions masked again, over all steps.
    public let remasked: Int
    /// The realised profile: for each step, its block's own time t = k'/n (k' the step within
    /// its block, n = max(1, S / ⌈G/B⌉) steps per block) and the fraction of the block unmasked
    /// after it.
    public let profileTimes: [Double]
    public let profileFractions: [Double]
    /// The Beta schedule closest to the profile (nil without steps).
    public let fit: BetaProfileFit?

    public init(_ file: TrajectoryFile) {
        let header = file.header
        let g = header.genLength, b = header.blockLength
        let blocks = (g + b - 1) / b
        let perBlock = max(1, header.steps / blocks)
        var current = [Int](repeating: -1, count: g)
        var unmaskedInBlock = [Int](repeating: 0, count: blocks)
        var tokens: [Int] = [], means: [Double?] = [], minima: [Double?] = []
        var times: [Double] = [], fractions: [Double] = []
        var remaskedTotal = 0
        for step in file.steps {
            for position in step.remasked {
                remaskedTotal += 1
                if current[position] != -1 { unmaskedInBlock[position / b] -= 1 }
                current[position] = -1
            }
            var sum = 0.0, count = 0, minimum = Double.infinity
            for reveal in step.revealed {
                if current[reveal.position] == -1 { unmaskedInBlock[reveal.position / b] += 1 }
                current[reveal.position] = step.step
                if let c = reveal.confidence, c.isFinite {
                    sum += c
                    count += 1
                    minimum = min(minimum, c)
                }
            }
            tokens.append(step.revealed.count)
            means.append(count > 0 ? sum / Double(count) : nil)
            minima.append(count > 0 ? minimum : nil)
            let block = min((step.step - 1) / perBlock, blocks - 1)
            let local = step.step - block * perBlock
            let size = min(b, g - block * b)
            times.append(min(1, Double(local) / Double(perBlock)))
            fractions.append(Double(unmaskedInBlock[block]) / Double(size))
        }
        steps = file.steps.count
        nfe = file.final?.nfe ?? file.steps.count
        stepNumbers = file.steps.map(\.step)
        tokensPerStep = tokens
        stepMap = current
        meanConfidence = means
        minimumConfidence = minima
        remasked = remaskedTotal
        profileTimes = times
        profileFractions = fractions
        fit = BetaProfileFit(times: times, fractions: fractions)
    }
}
