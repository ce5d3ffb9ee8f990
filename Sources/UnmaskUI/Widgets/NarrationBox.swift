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
        let wrap = { (lines: [String], isAnswer: Bool) in
            lines.flatMap { line in (TextBlock.wrap(line, width: width).nilIfEmpty ?? [""]).map { (text: $0, isAnswer: isAnswer) } }
        }
        var lines = wrap(slide.text, false)
        if progress.revealed {
            lines += wrap(slide.answer, true)
        } else if slide.isQuestion {
            lines += wrap([Self.revealHint], true)
        }
        return lines
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
