import UnmaskCore

/// How revealed tokens are coloured in the sampler panel.
public enum TokenColoring: String, CaseIterable, Sendable {
    /// By the step that revealed them (`token.steps`, cycled).
    case step
    /// By the denoiser's probability of the revealed value (`token.probability` ramp).
    case probability
}

/// Everything a trajectory depends on: the count schedule's configuration, or the adaptive
/// policy's when one is chosen (which then decides the steps itself).
public struct SampleKey: Equatable, Sendable {
    public let targetIndex: Int
    public let configuration: SamplerConfiguration
    public let policy: PolicyConfiguration?
}

/// The sampler panel's state: which toy target and sampler, the trajectory sampled with the
/// cursor's schedule, and how far it is shown.
public struct SamplerState: Equatable, Sendable {
    /// Time between steps while playing at 1×.
    public static let playInterval: Duration = .milliseconds(600)
    /// The policies `o` offers after the reveal orders (docs/theory.md §11).
    public static let policies: [StepPolicy] = [.threshold(0.9), .threshold(0.7), .threshold(0.5), .entropyBound(0.5), .entropyBound(1),
                                                 .klass(confidence: 0.9, divergence: 0.01)]

    /// The play speeds `[` and `]` step through, in quarters: 0.25×, 0.5×, 1×, 2×, 4×.
    public static let playSpeedQuarters = [1, 2, 4, 8, 16]

    /// The targets `t` cycles through: the built-in ones, after a target file's if one was given.
    public let targets: [ToyTarget]
    /// Index into `targets`.
    public var targetIndex: Int
    public var order: RevealOrder
    /// An adaptive step policy run instead of the cursor's schedule (nil: the schedule with
    /// `order`); `o` cycles through the orders, then `policies`.
    public var policy: StepPolicy?
    public var seed: UInt64
    /// Steps shown: 0 is the fully masked start, N the finished sequence.
    public var step: Int
    public var playing: Bool
    /// Tags the ticks of the current playback; ticks with another token are ignored.
    public var playToken: Int
    /// Index into `playSpeedQuarters`.
    public var playSpeedIndex: Int
    public var coloring: TokenColoring
    /// Whether the denoiser's distributions at the masked positions are shown (`d`).
    public var showsDenoiser: Bool
    /// Whether the tokens are drawn large (`B`, from `bigTokensMinimumWidth` columns).
    public var bigTokens: Bool
    /// What the trajectory was sampled from, and the trajectory (nil when sampling failed).
    public var sampled: SampleKey?
    public var trajectory: Trajectory?
    /// Why there is no trajectory.
    public var failure: String?

    public init(targets: [ToyTarget] = ToyTarget.builtIn, targetIndex: Int, seed: UInt64) {
        precondition(targets.indices.contains(targetIndex), "the target index is one of the targets")
        self.targets = targets
        self.targetIndex = targetIndex
        self.seed = seed
        order = .random
        policy = nil
        step = 0
        playing = false
        playToken = 0
        playSpeedIndex = Self.playSpeedQuarters.firstIndex(of: 4)!
        coloring = .step
        showsDenoiser = false
        bigTokens = false
    }

    /// The narrowest screen that draws big tokens; narrower ones draw them small.
    public static let bigTokensMinimumWidth = 120

    public var target: ToyTarget { targets[targetIndex] }

    /// What the run steps by, for titles: `random order`, …, or the policy's spec.
    public var steppingLabel: String { policy?.description ?? "\(order.rawValue) order" }

    /// The play speed as a multiple of 1×.
    public var playSpeed: Double { Double(Self.playSpeedQuarters[playSpeedIndex]) / 4 }

    /// Time between steps at the current speed: playInterval / speed = playInterval · 4 / quarters
    /// (exact in integer arithmetic).
    public var stepInterval: Duration { Self.playInterval * 4 / Self.playSpeedQuarters[playSpeedIndex] }

    /// The trajectory step shown (nil at the start, before any step).
    public var shownStep: TrajectoryStep? {
        guard let trajectory, step > 0, step <= trajectory.steps.count else { return nil }
        return trajectory.steps[step - 1]
    }

    /// The sequence shown: all masked at step 0.
    public var shownSequence: [UInt8] {
        shownStep?.sequence ?? Array(repeating: maskToken, count: target.length)
    }

    /// The step the denoiser view explains: the shown step, or step 1 at the start.
    public var denoiserStep: Int { Swift.max(1, step) }

    /// The partial sequence that step draws from: the sequence after the step before it.
    public var denoiserContext: [UInt8] {
        guard let trajectory, denoiserStep >= 2, denoiserStep - 2 < trajectory.steps.count else {
            return Array(repeating: maskToken, count: target.length)
        }
        return trajectory.steps[denoiserStep - 2].sequence
    }

    /// The values the shown step drew, by position (nil at the start, before step 1 is shown).
    public var denoiserDrawn: [Int: UInt8]? {
        shownStep.map { step in Dictionary(uniqueKeysWithValues: step.revealed.map { ($0.position, $0.token) }) }
    }

    /// The step that revealed each position, up to the shown step (nil: still masked).
    public var revealingStep: [Int?] {
        var steps: [Int?] = Array(repeating: nil, count: target.length)
        for entry in (trajectory?.steps ?? []).prefix(step) {
            for reveal in entry.revealed { steps[reveal.position] = entry.step }
        }
        return steps
    }

    /// The probability of each revealed value when it was drawn, up to the shown step.
    public var revealProbability: [Double?] {
        var probabilities: [Double?] = Array(repeating: nil, count: target.length)
        for entry in (trajectory?.steps ?? []).prefix(step) {
            for reveal in entry.revealed { probabilities[reveal.position] = reveal.probability }
        }
        return probabilities
    }
}
