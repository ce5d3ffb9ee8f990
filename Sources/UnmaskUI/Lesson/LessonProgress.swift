/// Where a running lesson is: the slide shown and whether its answer is revealed.
public struct LessonProgress: Equatable, Sendable {
    public let lesson: Lesson
    /// Index into `lesson.slides`.
    public var slide: Int
    public var revealed: Bool

    public init(lesson: Lesson, slide: Int = 0, revealed: Bool = false) {
        self.lesson = lesson
        self.slide = slide
        self.revealed = revealed
    }

    public var current: Lesson.Slide { lesson.slides[slide] }

    /// The counter on the narration box, e.g. `3/8`.
    public var counter: String { "\(slide + 1)/\(lesson.slides.count)" }

    /// Whether the next key reveals an answer rather than turning the slide.
    public var awaitsReveal: Bool { current.isQuestion && !revealed }
}
