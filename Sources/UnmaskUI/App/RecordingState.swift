import UnmaskCore

/// A recorded run (`explore --trajectory FILE`) in the sampler panel: the replay, the step
/// shown, how far its token flow is scrolled, and the text searched for.
public struct RecordingState: Equatable, Sendable {
    /// The columns one token's slot takes at most; longer tokens end in `…`.
    public static let maximumSlotColumns = 16

    public let replay: TrajectoryReplay
    /// What the file's path is called on screen.
    public let name: String
    /// Each vocabulary entry as drawn (`TokenDisplay`), and its columns.
    public let displayed: [String]
    public let columns: [Int]
    /// The prompt as drawn.
    public let prompt: [String]
    /// For each position, the columns of its slot: its widest token's, 1 to `maximumSlotColumns`,
    /// so the text does not move while scrubbing.
    public let slotColumns: [Int]
    /// For each position, whether the line breaks after it (its last token ends in a newline).
    public let breaksLine: [Bool]
    /// Whether the sampler panel shows the recording (true) or the toy sampler (`t` switches).
    public var isShown: Bool
    /// Steps applied: 0 is all masked, `replay.stepCount` the end.
    public var step: Int
    /// The first flow row shown.
    public var scroll: Int
    /// The step the scroll last followed (see `reconcileRecordingScroll`).
    public var followedStep: Int?
    /// The text found with `f`, highlighted wherever it stands in the shown step.
    public var search: String?

    public init(_ file: TrajectoryFile, name: String) {
        let replay = TrajectoryReplay(file)
        self.replay = replay
        self.name = name
        displayed = replay.vocabulary.map(TokenDisplay.text(of:))
        let columns = displayed.map(\.terminalColumns)
        self.columns = columns
        prompt = file.header.prompt.map(TokenDisplay.text(of:))
        var slots: [Int] = [], breaks: [Bool] = []
        for position in 0..<replay.length {
            let widest = replay.tokenIDs(at: position).map { columns[$0] }.max() ?? 1
            slots.append(Swift.min(Self.maximumSlotColumns, Swift.max(1, widest)))
            breaks.append(replay.finalTokens[position].map { TokenDisplay.endsLine(replay.vocabulary[$0]) } ?? false)
        }
        slotColumns = slots
        breaksLine = breaks
        isShown = true
        step = replay.stepCount
        scroll = 0
    }

    /// The number of generated positions G, and of blocks.
    public var length: Int { replay.length }
    public var blockLength: Int { replay.file.header.blockLength }

    /// The step record shown (nil at the start).
    public var shownStep: RecordedStep? { step > 0 ? replay.file.steps[step - 1] : nil }
}
