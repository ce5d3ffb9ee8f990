/// The lesson's part of `update`: turning slides and revealing answers. Every turn puts the
/// explorer in the lesson's state for the slide shown (`Lesson.state(atSlide:revealed:)`), so
/// whatever the audience changed on a slide is undone by the next.
func performLessonAction(_ action: Action, on model: inout Model) {
    guard var progress = model.lesson else {
        model.notice = "no lesson running: start one with unmask lesson NAME"
        return
    }
    let count = progress.lesson.slides.count
    switch action {
    case .nextSlide:
        if progress.awaitsReveal {
            progress.revealed = true
        } else if progress.slide + 1 < count {
            progress.slide += 1
            progress.revealed = false
        } else {
            model.notice = "the last slide: PgUp goes back, 0 to the first"
        }
    case .previousSlide:
        // The slide before has been seen, answer and all.
        if progress.slide > 0 { progress.slide -= 1 }
        progress.revealed = progress.current.isQuestion
    case .firstSlide:
        progress.slide = 0
        progress.revealed = false
    default:
        return
    }
    model.lesson = progress
    showLessonState(on: &model)
}

/// Puts the model in the state of the lesson's shown slide, the sampler on the slide's step
/// of the (possibly new) trajectory.
func showLessonState(on model: inout Model) {
    guard let progress = model.lesson else { return }
    progress.lesson.state(atSlide: progress.slide, revealed: progress.revealed).apply(to: &model)
    reconcileTrajectory(&model)
    model.sampler.step = Swift.min(model.sampler.step, model.sampler.trajectory?.steps.count ?? 0)
}
