import UnmaskCore

/// A guided lesson (`unmask lesson NAME`, docs/lessons.md): slides that each set the explorer's
/// state and narrate it. A slide with an answer is a question: its text asks, and the answer
/// (with the slide's reveal state) shows on the next key.
public struct Lesson: Equatable, Sendable {
    public struct Slide: Equatable, Sendable {
        public var title: String
        /// The narration, one entry a line.
        public var text: [String]
        /// The answer revealed on the next key; empty for a slide that is not a question.
        public var answer: [String]
        /// What the slide sets on entering, over what the slides before it set.
        public var state: SlideState
        /// What the reveal sets, over `state`.
        public var reveal: SlideState

        public var isQuestion: Bool { !answer.isEmpty }

        public init(title: String, text: [String], answer: [String] = [], state: SlideState = SlideState(),
                    reveal: SlideState = SlideState()) {
            self.title = title
            self.text = text
            self.answer = answer
            self.state = state
            self.reveal = reveal
        }
    }

    /// The most lines a slide's text and answer have together, and the most characters a line
    /// has: what the narration box shows unwrapped from 100 columns on.
    public static let maximumLines = 5
    public static let maximumLineLength = 96
    /// The theme a lesson uses unless it or `--theme` names another.
    public static let defaultTheme = "projector"

    public var name: String
    public var title: String
    public var theme: String
    /// The measured scores the lesson shows (`scores = "chen2025"`, the paper's LLaDA-8B scores,
    /// or a tidy score CSV beside the lesson): the `score` metric and the `task` setting need them.
    public var scores: ScoreTable?
    public var slides: [Slide]

    /// Whether the lesson shows measured scores.
    public var usesScores: Bool { scores != nil }

    public init(name: String, title: String, theme: String = Lesson.defaultTheme, scores: ScoreTable? = nil, slides: [Slide]) {
        self.name = name
        self.title = title
        self.theme = theme
        self.scores = scores
        self.slides = slides
    }

    /// The state on slide `index` (revealed or not): every earlier slide's state and reveal, then
    /// this slide's state, then its reveal if `revealed`.
    public func state(atSlide index: Int, revealed: Bool) -> SlideState {
        var state = SlideState()
        for slide in slides.prefix(index) { state = slide.reveal.over(slide.state.over(state)) }
        state = slides[index].state.over(state)
        return revealed ? slides[index].reveal.over(state) : state
    }
}
