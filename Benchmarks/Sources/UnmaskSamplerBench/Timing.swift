import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock and process CPU seconds (CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID).
struct Stamp {
    let wall: Double
    let cpu: Double

    static func now() -> Stamp {
        Stamp(wall: seconds(CLOCK_MONOTONIC), cpu: seconds(CLOCK_PROCESS_CPUTIME_ID))
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Wall and CPU seconds since `start`.
    static func - (end: Stamp, start: Stamp) -> (wall: Double, cpu: Double) {
        (end.wall - start.wall, end.cpu - start.cpu)
    }
}

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {}

/// An integer knob from the environment.
func knob(_ name: String, default value: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? value
}

/// 12,345 → "12,345".
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (offset, character) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
        out.append(character)
    }
    return (value < 0 ? "-" : "") + out
}

/// Right-aligned in `width` characters.
func padded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
