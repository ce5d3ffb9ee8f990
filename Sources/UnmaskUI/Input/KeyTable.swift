/// The key bindings as data: `update` dispatches through it and the `?` overlay and status line
/// are generated from it, so the help can never disagree with the behaviour.
public struct KeyTable: Equatable, Sendable {
    /// Which part of the explorer a binding belongs to, in help order.
    public enum Group: String, CaseIterable, Sendable {
        case heatmap = "Heatmap"
        case schedules = "Schedules and tokens"
        case sampler = "Sampler"
        case general = "General"
        /// Only in a lesson (`KeyTable.lesson`).
        case lesson = "Lesson"
    }

    public struct Binding: Equatable, Sendable {
        public let keys: [Key]
        public let action: Action
        public let group: Group
        public let help: String
        /// The short label on the status line, if the binding is shown there.
        public let status: String?
        /// A word or two for the sampler panel's hint row.
        public let short: String
        /// Whether the help lists it on a line of its own; a binding that reverses another (M for
        /// m) is named in that one's help instead.
        public let listed: Bool

        public init(keys: [Key], action: Action, group: Group, help: String, status: String?, short: String = "",
                    listed: Bool = true) {
            self.keys = keys
            self.action = action
            self.group = group
            self.help = help
            self.status = status
            self.short = short
            self.listed = listed
        }

        /// The keys as the help writes them, e.g. `← h`.
        public var keyLabel: String { keys.map(\.label).joined(separator: " ") }

        /// The binding without some of its keys, and left out of the help if `listed` is false.
        func removing(_ removed: Set<Key>, listed: Bool = true) -> Binding {
            Binding(keys: keys.filter { !removed.contains($0) }, action: action, group: group, help: help, status: status,
                    short: short, listed: self.listed && listed)
        }
    }

    public let bindings: [Binding]

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Bindings of one group in table order.
    public func bindings(in group: Group) -> [Binding] {
        bindings.filter { $0.group == group }
    }

    /// The actions whose status hints come first, most used first.
    public static let statusPriority: [Action] = [
        .nextSlide, .moveCursor(a: 0, b: 1), .cycleMetric(1), .pinCursor, .playPause, .toggleHelp, .quit,
    ]

    /// The status line's hints in the order they are given room: `statusPriority`, then the
    /// general group, then the rest in table order.
    public var statusHints: [String] {
        let shown = bindings.filter { $0.status != nil }
        let first = Self.statusPriority.compactMap { action in shown.first { $0.action == action } }
        let general = shown.filter { $0.group == .general && !first.contains($0) }
        let rest = shown.filter { $0.group != .general && !first.contains($0) }
        return (first + general + rest).compactMap(\.status)
    }

    /// The bindings the help lists, in table order.
    public var listedBindings: [Binding] { bindings.filter(\.listed) }

    /// The explorer's bindings.
    public static let explorer = KeyTable(bindings: [
        Binding(keys: [.left, .character("h")], action: .moveCursor(a: -1, b: 0), group: .heatmap, help: "cursor: a − 1 step (sampler: step back)", status: nil),
        Binding(keys: [.right, .character("l")], action: .moveCursor(a: 1, b: 0), group: .heatmap, help: "cursor: a + 1 step (sampler: step on)", status: nil),
        Binding(keys: [.down, .character("j")], action: .moveCursor(a: 0, b: -1), group: .heatmap, help: "cursor: b − 1 step (run shown: scroll)", status: nil),
        Binding(keys: [.up, .character("k")], action: .moveCursor(a: 0, b: 1), group: .heatmap, help: "cursor: b + 1 step (run shown: scroll)", status: "←↓↑→ move"),
        Binding(keys: [.character("H")], action: .moveCursor(a: -5, b: 0), group: .heatmap, help: "cursor: a − 5 steps", status: nil),
        Binding(keys: [.character("L")], action: .moveCursor(a: 5, b: 0), group: .heatmap, help: "cursor: a + 5 steps", status: nil),
        Binding(keys: [.character("J"), .pageDown], action: .moveCursor(a: 0, b: -5), group: .heatmap, help: "cursor: b − 5 steps (run shown: page)", status: nil),
        Binding(keys: [.character("K"), .pageUp], action: .moveCursor(a: 0, b: 5), group: .heatmap, help: "cursor: b + 5 steps (run shown: page)", status: nil),
        Binding(keys: [.character("z")], action: .zoom(1), group: .heatmap, help: "zoom in: finer grid (down to 0.01)", status: nil),
        Binding(keys: [.character("Z")], action: .zoom(-1), group: .heatmap, help: "zoom out: coarser grid (up to 0.50)", status: "z/Z zoom"),
        Binding(keys: [.character("m")], action: .cycleMetric(1), group: .heatmap, help: "metric: E, E_N, errors, KL̄ (M:\u{00A0}back)", status: "m metric"),
        Binding(keys: [.character("M")], action: .cycleMetric(-1), group: .heatmap, help: "", status: nil, listed: false),
        Binding(keys: [.character("w")], action: .cycleWeight(1), group: .heatmap, help: "weight γ: uniform, Beta pairs, named schedules (W:\u{00A0}back)", status: "w weight"),
        Binding(keys: [.character("W")], action: .cycleWeight(-1), group: .heatmap, help: "", status: nil, listed: false),
        Binding(keys: [.character("e")], action: .cycleScoreTask(1), group: .heatmap, help: "score: next task of --scores (E:\u{00A0}back)", status: nil),
        Binding(keys: [.character("E")], action: .cycleScoreTask(-1), group: .heatmap, help: "", status: nil, listed: false),
        Binding(keys: [.character("@")], action: .openPrompt(.weight), group: .heatmap, help: "type a weight γ SPEC, e.g. beta:0.9,0.3", status: nil),
        Binding(keys: [.character("b")], action: .jumpToMinimum, group: .heatmap, help: "jump the cursor to the minimum ◆ of the plane (for scores, the highest)", status: nil),
        Binding(keys: [.character("u")], action: .toggleStepMap, group: .heatmap, help: "step map of the recorded run", status: nil),
        Binding(keys: [.character(":")], action: .openPrompt(.goTo), group: .heatmap, help: "go to an exact (a, b), typed as a,b", status: ": go to"),
        Binding(keys: [.character("+"), .character("=")], action: .addSteps(1), group: .schedules, help: "steps N + 1", status: "+/- steps"),
        Binding(keys: [.character("-"), .character("_")], action: .addSteps(-1), group: .schedules, help: "steps N − 1", status: nil),
        Binding(keys: [.character("*")], action: .doubleSteps(true), group: .schedules, help: "steps N × 2", status: nil),
        Binding(keys: [.character("/")], action: .doubleSteps(false), group: .schedules, help: "steps N ÷ 2", status: nil),
        Binding(keys: [.character(">")], action: .doubleLength(true), group: .schedules, help: "length L × 2 (token bars)", status: nil),
        Binding(keys: [.character("<")], action: .doubleLength(false), group: .schedules, help: "length L ÷ 2 (token bars)", status: nil),
        Binding(keys: [.character("r")], action: .cycleRounding, group: .schedules, help: "rounding: cumulative, llada, stochastic", status: nil),
        Binding(keys: [.character("p")], action: .pinCursor, group: .schedules, help: "pin the cursor's schedule (up to 3)", status: "p pin"),
        Binding(keys: [.character("n")], action: .pinNamed, group: .schedules, help: "pin the next named schedule (linear…)", status: nil),
        Binding(keys: [.character("P")], action: .openPrompt(.pin), group: .schedules, help: "type a SPEC to pin (e.g. cosine)", status: nil),
        Binding(keys: [.character("v")], action: .toggleOptimum, group: .schedules, help: "overlay α*, γ (on KL̄: optimal counts)", status: nil),
        Binding(keys: [.character("F")], action: .toggleFrontier, group: .schedules, help: "error–NFE frontier (Esc closes)", status: nil),
        Binding(keys: [.character("x")], action: .clearPins, group: .schedules, help: "clear the pinned schedules", status: nil),
        Binding(keys: [.character(" ")], action: .playPause, group: .sampler, help: "play / pause the trajectory", status: "space play", short: "play"),
        Binding(keys: [.character(".")], action: .stepForward, group: .sampler, help: "step forward", status: nil, short: "step"),
        Binding(keys: [.character(",")], action: .stepBack, group: .sampler, help: "step back", status: nil, short: "back"),
        Binding(keys: [.character("g"), .home], action: .jumpToStart, group: .sampler, help: "jump to the start (all masked)", status: nil, short: "start"),
        Binding(keys: [.character("G"), .end], action: .jumpToEnd, group: .sampler, help: "jump to the end", status: nil, short: "end"),
        Binding(keys: [.character("s")], action: .reseed, group: .sampler, help: "reseed: sample a new trajectory", status: nil, short: "reseed"),
        Binding(keys: [.character("c")], action: .cycleTokenColoring, group: .sampler, help: "colour tokens by step or by probability", status: nil, short: "colour"),
        Binding(keys: [.character("t")], action: .cycleTarget(1), group: .sampler, help: "toy target or recorded run (T:\u{00A0}back)", status: nil, short: "target"),
        Binding(keys: [.character("T")], action: .cycleTarget(-1), group: .sampler, help: "", status: nil, listed: false),
        Binding(keys: [.character("o")], action: .cycleOrder(1), group: .sampler, help: "order: random, confidence, margin, entropy, policies (O:\u{00A0}back)", status: nil, short: "order"),
        Binding(keys: [.character("O")], action: .cycleOrder(-1), group: .sampler, help: "", status: nil, listed: false),
        Binding(keys: [.character("f")], action: .openPrompt(.find), group: .sampler, help: "recorded run: find a text's first step", status: nil, short: "find"),
        Binding(keys: [.character("#")], action: .openPrompt(.step), group: .sampler, help: "recorded run: go to a step", status: nil, short: "go to"),
        Binding(keys: [.character("[")], action: .changePlaySpeed(-1), group: .sampler, help: "play slower (down to 0.25×)", status: nil, short: "slower"),
        Binding(keys: [.character("]")], action: .changePlaySpeed(1), group: .sampler, help: "play faster (up to 4×)", status: nil, short: "faster"),
        Binding(keys: [.character("d")], action: .toggleDenoiser, group: .sampler, help: "the denoiser at each masked position", status: nil, short: "denoiser"),
        Binding(keys: [.character("B")], action: .toggleBigTokens, group: .sampler, help: "big tokens, to read across a room", status: nil, short: "big"),
        Binding(keys: [.tab], action: .focusNext, group: .general, help: "focus the next panel", status: "Tab focus"),
        Binding(keys: [.backTab], action: .focusPrevious, group: .general, help: "focus the previous panel", status: nil),
        Binding(keys: [.character("?")], action: .toggleHelp, group: .general, help: "this help (Tab: glyphs and mouse)", status: "? help"),
        Binding(keys: [.escape], action: .closeOverlay, group: .general, help: "close the help, then any open view", status: nil),
        Binding(keys: [.control("l")], action: .redraw, group: .general, help: "redraw the screen", status: nil),
        Binding(keys: [.control("z")], action: .suspend, group: .general, help: "suspend (resume with fg)", status: nil),
        Binding(keys: [.character("q"), .control("c")], action: .quit, group: .general, help: "quit", status: "q quit"),
    ])

    /// A lesson's bindings: the explorer's, with PgDn and PgUp (what presentation clickers
    /// send) turning slides instead of paging the cursor, and `)` `(` as a second pair. The help
    /// leaves out the keys of recorded runs and measured scores, which a lesson has none of (they
    /// still say so), so that the keys page fits whole at 100×35.
    public static let lesson = KeyTable(bindings: explorer.bindings.map { binding in
        binding.removing([.pageDown, .pageUp], listed: ![.toggleStepMap, .cycleScoreTask(1), .openPrompt(.find), .openPrompt(.step)].contains(binding.action))
    } + [
        Binding(keys: [.pageDown, .character(")")], action: .nextSlide, group: .lesson, help: "next slide (a question: its answer)", status: "PgDn next"),
        Binding(keys: [.pageUp, .character("(")], action: .previousSlide, group: .lesson, help: "previous slide (0:\u{00A0}the first)", status: nil),
        Binding(keys: [.character("0")], action: .firstSlide, group: .lesson, help: "", status: nil, listed: false),
    ])
}
