/// A lesson's narration: a box with the slide counter and title in its top edge, the slide's
/// text, and for a question either what the next key does or, once revealed, the answer (in the
/// accent style, after the question). Lines longer than the box wrap; what does not fit is cut.
public struct NarrationBox: Widget {
    public let progress: LessonProgress
    public let theme: Theme

    /// What a question's box says until its answer is revealed.
    static let revealHint = "Predict, then PgDn reveals the answer."

    public init(progress: LessonProgress, theme: Theme) {
        self.progress = progress
        self.theme = theme
    }

    /// The box's lines, each with whether it is part of the answer (or the hint).
    func lines(width: Int) -> [(text: String, isAnswer: Bool)] {
        let slide = progress.current
        var lines = Self.wrap(slide.text, width: width).map { (text: $0, isAnswer: false) }
        if progress.revealed {
            lines += Self.wrap(slide.answer, width: width).map { (text: $0, isAnswer: true) }
        } else if slide.isQuestion {
            lines += Self.wrap([Self.revealHint], width: width).map { (text: $0, isAnswer: true) }
        }
        return lines
    }

    /// The rows the box wants on a screen `width` columns wide for `slide`: its border and the
    /// slide's lines as wrapped there, the longer of the hint and the answer for a question (so
    /// the reveal does not move the panels above). From 100 columns that is at most
    /// `Lesson.maximumLines` lines; narrower, a long slide wraps to more, which `Layout` gives
    /// while the panels above keep their `minimumTopRows` (at 80×24, six lines), the rest cut.
    public static func rows(for slide: Lesson.Slide, width: Int) -> Int {
        let inside = Swift.max(1, width - 4)
        let after = slide.isQuestion ? Swift.max(wrap(slide.answer, width: inside).count, wrap([revealHint], width: inside).count) : 0
        return Swift.max(1, wrap(slide.text, width: inside).count + after) + 2
    }

    /// `lines` wrapped to `width`, an empty line kept as one.
    private static func wrap(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { TextBlock.wrap($0, width: width).nilIfEmpty ?? [""] }
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        buffer.fill(rect, style: theme.base)
        let title = "\(progress.counter) · \(progress.current.title)"
        let panel = Panel(title: title, focused: true, theme: theme)
        panel.draw(in: rect, into: &buffer)
        let area = panel.content(in: rect).inset(horizontally: 1)
        for (row, line) in lines(width: area.width).prefix(Swift.max(0, area.height)).enumerated() {
            let style = line.isAnswer ? theme[.accent].adding(.bold) : theme[.foreground]
            buffer.write(line.text, x: area.x, y: area.y + row, style: style, limit: area.maxX)
        }
        let name = " \(progress.lesson.title) "
        if rect.width > title.count + name.count + 8 {
            buffer.write(name, x: rect.maxX - 1 - name.count, y: rect.maxY - 1, style: theme[.muted], limit: rect.maxX - 1)
        }
    }
}

private extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
