// The explorer's benchmarks (issue 4), run by `scripts/benchmark` after the Core table:
//   1. frame build (view into a cell buffer) and diff + write through ncurses, 200×60 screen;
//   2. bytes written for a one-step cursor move versus a full redraw (target < 5%);
//   3. keypress-to-frame latency while a heavy heatmap computes (target < 1 frame at 30 fps).
// Output goes to a temporary file through a real ncurses screen (TERM=xterm-256color), so the
// byte counts are what a terminal would receive.
//
//     unmask-explorer-bench [FRAMES [KEYS]]      defaults 200 frames, 60 keys

import Dispatch
import Foundation

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let frames = arguments.first ?? 200
let keys = arguments.dropFirst().first ?? 60

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

func line(_ label: String, _ values: [Double], unit: String) -> String {
    "   " + label.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(format: " median %8.1f %@   p95 %8.1f %@   max %8.1f %@",
                 percentile(values, 0.5), unit, percentile(values, 0.95), unit, values.max() ?? 0, unit)
}

MainActor.assumeIsolated {
    do {
        let cost = try FrameCost(frames: frames).run()
        let moveBytes = cost.moveBytes.map(Double.init)
        let share = percentile(moveBytes, 0.5) / Double(cost.fullRedrawBytes) * 100
        print("4. Explorer frames, 200×60, 256 colours, finished heatmap (\(frames) one-step cursor moves)")
        print(line("build (view into the cell buffer)", cost.buildMicroseconds, unit: "us"))
        print(line("diff + write through ncurses", cost.diffMicroseconds, unit: "us"))
        print(line("bytes written per cursor move", moveBytes, unit: "B "))
        print(String(format: "   full redraw: %d bytes in %.1f us; a cursor move writes %.2f%% of it   target < 5%%: %@",
                     cost.fullRedrawBytes, cost.fullRedrawMicroseconds, share, share < 5 ? "ok" : "MISS"))
    } catch {
        print("frame benchmark failed: \(error)")
        exit(1)
    }
    do {
        let probe = try KeyLatency(keys: keys) { probe in
            let budget = 1000.0 / 30
            let p95 = percentile(probe.samples, 0.95)
            print("5. Keypress to frame while the heatmap computes on every core (\(probe.samples.count) keys)")
            print(line("latency", probe.samples, unit: "ms"))
            print(String(format: "   one frame at 30 fps is %.1f ms; p95 %.1f ms   target < 1 frame: %@", budget, p95,
                         p95 < budget ? "ok" : "MISS"))
            exit(0)
        }
        probe.start()
    } catch {
        print("latency benchmark failed: \(error)")
        exit(1)
    }
}
dispatchMain()
