import UnmaskCore

/// The running explorer: holds the model, feeds messages through `update`, carries out the
/// effects with the injected scheduler and heatmap computer, and tells the shell when the
/// screen must be redrawn. The terminal itself is the shell's business (see `ProgramHost`).
@MainActor
public final class Program {
    public private(set) var model: Model
    private let scheduler: Scheduler
    private let computer: HeatmapComputer
    private let host: ProgramHost
    private let frontier = LatestRequestComputer<FrontierViewKey>(label: "unmask.frontier")
    private let information = LatestRequestComputer<ToyTarget>(label: "unmask.information")

    public init(model: Model, scheduler: Scheduler, computer: HeatmapComputer, host: ProgramHost) {
        self.model = model
        self.scheduler = scheduler
        self.computer = computer
        self.host = host
    }

    /// Applies a message and runs the effects it asks for; the host hears of it only if the
    /// model changed (a dropped stale result redraws nothing).
    public func send(_ msg: Msg) {
        let before = model
        let effects = update(&model, msg)
        for effect in effects { run(effect) }
        let fullRedraw = effects.contains(.redrawAll)
        if fullRedraw || model != before { host.modelChanged(fullRedraw: fullRedraw) }
    }

    /// Starts the program: the first update (which requests the first heatmap).
    public func start() {
        send(.resize(width: model.width, height: model.height))
    }

    /// The screen for the current model.
    public func render() -> CellBuffer {
        var buffer = CellBuffer(width: model.width, height: model.height)
        view(model, into: &buffer)
        return buffer
    }

    private func run(_ effect: Effect) {
        switch effect {
        case let .computeHeatmap(request):
            computer.start(request, progress: { [weak self] cellsDone in
                self?.send(.computeProgress(generation: request.generation, cellsDone: cellsDone))
            }, deliver: { [weak self] snapshot in
                self?.send(.computeFinished(snapshot))
            })
        case .cancelHeatmap:
            computer.cancel()
        case let .computeFrontier(key, view):
            frontier.start(key, compute: { FrontierView.computed(for: key, reusing: view) }) { [weak self] computed in
                self?.send(.frontierComputed(computed))
            }
        case let .computeInformationCurve(target):
            information.start(target, compute: { InformationCurveResult(target: target) }) { [weak self] result in
                self?.send(.informationCurveComputed(result))
            }
        case let .scheduleTick(token, delay):
            scheduler.schedule(after: delay) { [weak self] in self?.send(.tick(token: token)) }
        case .redrawAll:
            break
        case .suspend:
            host.suspend()
            send(.resumed)
        case .quit:
            computer.cancel()
            frontier.cancel()
            information.cancel()
            host.quit()
        }
    }
}

/// What the program needs from the shell around it: drawing, suspension and exit.
@MainActor
public protocol ProgramHost: AnyObject {
    /// The model changed: the screen should be redrawn soon (every cell if `fullRedraw`).
    func modelChanged(fullRedraw: Bool)
    /// Restores the terminal and stops until the process is continued.
    func suspend()
    /// Restores the terminal and ends the process.
    func quit()
}
