import Dispatch
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

/// Keypress-to-frame latency while a heavy heatmap computes on every core: a key is handed to
/// the program on the main queue (as the terminal's read source does) and the time runs until
/// the frame that shows it has been written. The heatmap (energy under the `cosine` weight, by
/// quadrature, on a 200×60 screen at the finest grid) is restarted whenever it finishes, so
/// every key meets a running computation.
@MainActor
final class KeyLatency: ProgramHost {
    private let screen: OffscreenTerminal
    private var program: Program!
    private var keySentAt: DispatchTime?
    private var frameScheduled = false
    private var timer: DispatchSourceTimer?
    private(set) var samples: [Double] = []
    private var keysWhileIdle = 0
    private let wanted: Int
    private let finished: @MainActor (KeyLatency) -> Void

    init(keys: Int, finished: @escaping @MainActor (KeyLatency) -> Void) throws {
        wanted = keys
        self.finished = finished
        screen = try OffscreenTerminal(width: 200, height: 60)
        let options = ExplorerOptions(weight: MaskSchedule(.cosine), mouse: false)
        var model = Model(options: options, width: 200, height: 60, colorDepth: .palette256, theme: .standard)
        model.spacingIndex = 0
        program = Program(model: model, scheduler: MainQueueScheduler(), computer: GridHeatmapComputer(), host: self)
    }

    /// Starts sending keys every 40 ms; `finished` runs once enough keys were measured.
    func start() {
        program.start()
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(40))
        timer.setEventHandler { [unowned self] in MainActor.assumeIsolated { tick() } }
        timer.resume()
        self.timer = timer
    }

    var computing: Bool { program.model.heatmap.snapshot?.isComplete != true }

    private var direction = 1

    private func tick() {
        guard keySentAt == nil else { return }
        if !computing {
            // A quadrature heatmap at this size finishes within a tick or two, so a key sent on
            // the next tick would often find it done: restart it and send the measured key right
            // behind, while its workers are busy. The restart types a weight never used before
            // (poly:K, energies by quadrature) at the `@` prompt: zooming back to a spacing seen
            // before would reuse its plane from the explorer's plane cache.
            keysWhileIdle += 1
            program.send(.key(.character("@")))
            for character in "poly:\(1 + Double(keysWhileIdle) / 1000)" { program.send(.key(.character(character))) }
            program.send(.key(.enter))
            guard computing else {
                if keysWhileIdle > 10 * wanted + 100 {
                    print("5. Keypress to frame: a new weight did not restart the heatmap after \(keysWhileIdle) tries")
                    exit(1)
                }
                return
            }
        }
        direction = -direction
        keySentAt = .now()
        program.send(.key(direction > 0 ? .right : .left))
    }

    func modelChanged(fullRedraw: Bool) {
        guard !frameScheduled else { return }
        frameScheduled = true
        DispatchQueue.main.async { [unowned self] in MainActor.assumeIsolated { drawFrame() } }
    }

    private func drawFrame() {
        frameScheduled = false
        screen.terminal.draw(program.render())
        guard let sent = keySentAt else { return }
        keySentAt = nil
        samples.append(microseconds(sent, .now()) / 1000)
        if samples.count >= wanted {
            timer?.cancel()
            finished(self)
        }
    }

    func suspend() {}
    func quit() {}
}
