import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

/// Costs of one frame on a 200×60 screen with a finished heatmap: building the cell buffer
/// (`view`), diffing it against the previous frame and writing the changes through ncurses, and
/// the bytes that reach the terminal for a one-step cursor move versus a full redraw.
@MainActor
struct FrameCost {
    let width = 200, height = 60
    let frames: Int

    struct Result {
        let buildMicroseconds: [Double]
        let diffMicroseconds: [Double]
        let moveBytes: [Int]
        let fullRedrawBytes: Int
        let fullRedrawMicroseconds: Double
    }

    func run() throws -> Result {
        var model = Model(options: ExplorerOptions(cursor: BetaPoint(a: 120, b: 80)), width: width, height: height,
                          colorDepth: .palette256, theme: .standard)
        _ = update(&model, .resize(width: width, height: height))
        if let request = model.heatmap.request {
            let values = GridEngine().evaluate(request.grid, metric: request.metric.evaluator())
            _ = update(&model, .computeFinished(GridSnapshot(generation: request.generation, grid: request.grid,
                                                             values: values, stride: 1)))
        }
        let screen = try OffscreenTerminal(width: width, height: height)
        screen.terminal.draw(render(model))
        var build: [Double] = [], diff: [Double] = [], bytes: [Int] = []
        for frame in 0..<frames {
            _ = update(&model, .key(frame % 2 == 0 ? .right : .left))
            let start = DispatchTime.now()
            let buffer = render(model)
            let built = DispatchTime.now()
            let before = screen.bytesWritten
            screen.terminal.draw(buffer)
            let drawn = DispatchTime.now()
            build.append(microseconds(start, built))
            diff.append(microseconds(built, drawn))
            bytes.append(screen.bytesWritten - before)
        }
        let before = screen.bytesWritten
        let start = DispatchTime.now()
        screen.terminal.draw(render(model), everything: true)
        let full = microseconds(start, DispatchTime.now())
        return Result(buildMicroseconds: build, diffMicroseconds: diff, moveBytes: bytes,
                      fullRedrawBytes: screen.bytesWritten - before, fullRedrawMicroseconds: full)
    }

    private func render(_ model: Model) -> CellBuffer {
        var buffer = CellBuffer(width: model.width, height: model.height)
        view(model, into: &buffer)
        return buffer
    }
}

/// A curses screen of a given size whose output goes to a temporary file (counted, not shown),
/// as `xterm-256color`.
@MainActor
final class OffscreenTerminal {
    let terminal: Terminal
    private let output: UnsafeMutablePointer<FILE>

    init(width: Int, height: Int) throws {
        setenv("COLUMNS", "\(width)", 1)
        setenv("LINES", "\(height)", 1)
        guard let output = tmpfile(), let input = fopen("/dev/null", "r") else { throw CocoaError(.fileWriteUnknown) }
        self.output = output
        terminal = try Terminal(term: "xterm-256color", input: input, output: output, mouse: false,
                                environment: ["TERM": "xterm-256color"])
    }

    var bytesWritten: Int {
        fflush(output)
        return ftell(output)
    }
}

func microseconds(_ start: DispatchTime, _ end: DispatchTime) -> Double {
    Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1000
}
