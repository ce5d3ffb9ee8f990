// Row 9 of `scripts/benchmark` (issue 16 item 5): a trajectory file of 4,096 generated tokens ×
// 1,024 steps (4 tokens revealed a step) read from disk, parsed (`TrajectoryFile`) and summarised
// with its Beta fit (`TrajectorySummary`); then, as `explore --trajectory` does, read, parsed,
// indexed (`TrajectoryReplay`, inside the explorer's model) and drawn as the first 200×60 frame,
// against the issue's "loads and draws in < 1 s"; and one scrub step (`,`: update, frame, cell
// diff) against "< 16 ms". The file is generated here, deterministically (seed 16), in the
// shape `python/unmask_trajectory.py` writes: one block, multi-byte BPE pieces (" Ġtok123",
// "▁", CJK, emoji, an escaped newline), shortest-round-trip confidences, a final record.
// Exit status 1 when the summary or the frame does not match the generated run (a correctness
// problem); a missed speed target only prints MISS.
//
//     unmask-trajectory-bench      knobs: UNMASK_BENCH_TRAJECTORY_PASSES (7)

import Foundation
import UnmaskCore
import UnmaskUI
#if canImport(Glibc)
import Glibc
#endif

let genLength = 4096, stepCount = 1024, perStep = genLength / stepCount
let seed: UInt64 = 16
let target = 1.0
let passes = max(1, ProcessInfo.processInfo.environment["UNMASK_BENCH_TRAJECTORY_PASSES"].flatMap(Int.init) ?? 7)

func now(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// The file's text: the positions in a seeded random order, 4 a step; tokens drawn from a
/// vocabulary of pieces as a BPE tokenizer writes them (JSON-escaped where needed).
func trajectoryText() -> String {
    var random = Generator(state: seed)
    var order = Array(0..<genLength)
    for i in stride(from: genLength - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
    let special = ["▁the", "猫", "🙂", "\\n", "<|eot_id|>", "Ġ\\\"quoted\\\"", "é"]
    var tokens = [String](repeating: "", count: genLength)
    for position in 0..<genLength {
        let id = random.below(50_000)
        tokens[position] = id % 11 == 0 ? special[id % special.count] : " Ġtok\(id)"
    }
    var text = #"{"type": "header", "format": "unmask-trajectory/1", "model": "GSAI-ML/LLaDA-8B-Instruct", "#
        + #""prompt": ["What", "Ġis", "Ġ2", "+", "2", "?"], "gen_length": \#(genLength), "steps": \#(stepCount), "#
        + #""block_length": \#(genLength), "mask_token": "<|mdm_mask|>", "schedule": "beta:0.9,0.3", "temperature": 0.0}"#
        + "\n"
    for step in 1...stepCount {
        let entries = (0..<perStep).map { i -> String in
            let position = order[(step - 1) * perStep + i]
            let confidence = 0.2 + 0.8 * random.unit()
            return #"{"position": \#(position), "token": "\#(tokens[position])", "confidence": \#(confidence)}"#
        }
        text += #"{"type": "step", "step": \#(step), "block": 0, "revealed": [\#(entries.joined(separator: ", "))]}"# + "\n"
    }
    let quoted = tokens.map { "\"\($0)\"" }.joined(separator: ", ")
    text += #"{"type": "final", "tokens": [\#(quoted)], "text": "", "nfe": \#(stepCount)}"# + "\n"
    return text
}

let text = trajectoryText()
let path = NSTemporaryDirectory() + "unmask-trajectory-bench-\(getpid()).jsonl"
guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
    print("9. trajectory benchmark failed: cannot write \(path)")
    exit(1)
}
defer { try? FileManager.default.removeItem(atPath: path) }

struct Pass { var read = 0.0, parse = 0.0, summary = 0.0, fit = 0.0, total = 0.0, cpu = 0.0 }
var results: [Pass] = []
var checked: String?
for _ in 0..<passes {
    var pass = Pass()
    let start = now(CLOCK_MONOTONIC), cpuStart = now(CLOCK_PROCESS_CPUTIME_ID)
    let loaded: String
    do { loaded = try TextFile(path: path).text } catch {
        print("9. trajectory benchmark failed: \(error)")
        exit(1)
    }
    let read = now(CLOCK_MONOTONIC)
    let file: TrajectoryFile
    do { file = try TrajectoryFile(text: loaded) } catch {
        print("9. trajectory benchmark failed: \(error)")
        exit(1)
    }
    let parsed = now(CLOCK_MONOTONIC)
    let summary = TrajectorySummary(file)
    let end = now(CLOCK_MONOTONIC), cpuEnd = now(CLOCK_PROCESS_CPUTIME_ID)
    // The fit alone, on the summary's own profile, outside the timed total.
    let fitStart = now(CLOCK_MONOTONIC)
    let fit = BetaProfileFit(times: summary.profileTimes, fractions: summary.profileFractions)
    pass.fit = now(CLOCK_MONOTONIC) - fitStart
    pass.read = read - start
    pass.parse = parsed - read
    pass.summary = end - parsed
    pass.total = end - start
    pass.cpu = cpuEnd - cpuStart
    results.append(pass)
    // The summary must describe the generated run: every step 4 tokens, every position revealed,
    // the last fraction 1, nothing skipped, and the fit the same as the summary's.
    var problems: [String] = []
    if file.steps.count != stepCount || !file.skipped.isEmpty || file.final?.tokens.count != genLength {
        problems.append("\(file.steps.count) steps, \(file.skipped.count) skipped, \(file.final?.tokens.count ?? -1) final tokens")
    }
    if summary.tokensPerStep != [Int](repeating: perStep, count: stepCount) { problems.append("tokens per step differ") }
    if summary.stepMap.contains(-1) { problems.append("a position left masked") }
    if summary.profileFractions.last != 1 { problems.append("last fraction \(summary.profileFractions.last ?? .nan)") }
    if fit != summary.fit { problems.append("the fit differs between runs") }
    if !problems.isEmpty {
        print("9. trajectory benchmark: the summary does not match the generated run: " + problems.joined(separator: "; "))
        exit(1)
    }
    checked = summary.fit.map { String(format: "a %.4f, b %.4f, RMS %.2g over %d distinct times", $0.a, $0.b, $0.rmsError, $0.informativeTimes) }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func line(_ label: String, _ values: [Double]) -> String {
    "   " + label.padding(toLength: 44, withPad: " ", startingAt: 0)
        + String(format: "first %8.1f ms   best %8.1f ms   median %8.1f ms", values[0] * 1e3, values.min()! * 1e3,
                 median(values) * 1e3)
}

let totals = results.map(\.total)
let best = results.min { $0.total < $1.total }!
print(String(format: "9. Trajectory load, unmask-trajectory/1, G = %@, %@ steps (%d tokens each), one block, %.2f MB (seed %d), %d passes",
             genLength.formatted(), stepCount.formatted(), perStep, Double(text.utf8.count) / 1e6, seed, passes))
print(line("read (TextFile, UTF-8 check)", results.map(\.read)))
print(line("parse (TrajectoryFile)", results.map(\.parse)))
print(line("summary (TrajectorySummary, with the fit)", results.map(\.summary)))
print(line("  the Beta fit alone (BetaProfileFit)", results.map(\.fit)))
print(line("load + summary", totals))
print(String(format: "   load + summary: first pass %.3f s, median %.3f s (CPU time of the best pass %.3f s)   target < %g s   %@",
             totals[0], median(totals), best.cpu, target, max(totals[0], median(totals)) < target ? "ok" : "MISS"))
print("   fit: \(checked ?? "none")")

// The explorer: load and first frame, then scrubs, each an update, a frame and its diff.
let width = 200, height = 60, scrubs = 400
var frames: [Double] = []
var scrubTimes: [Double] = []
for _ in 0..<passes {
    let start = now(CLOCK_MONOTONIC)
    guard let loaded = try? TextFile(path: path).text, let file = try? TrajectoryFile(text: loaded) else {
        print("9. trajectory benchmark failed: the file did not load")
        exit(1)
    }
    var options = ExplorerOptions(steps: file.header.steps, length: file.header.genLength)
    options.recording = file
    options.recordingName = "bench.jsonl"
    var model = Model(options: options, width: width, height: height, colorDepth: .palette256, theme: .standard)
    _ = update(&model, .resize(width: width, height: height))
    var buffer = CellBuffer(width: width, height: height)
    view(model, into: &buffer)
    _ = CellBufferDiff(from: nil, to: buffer)
    frames.append(now(CLOCK_MONOTONIC) - start)
    let text = (0..<height).map { buffer.line($0) }.joined(separator: "\n")
    guard text.contains("Recorded run · bench.jsonl · 1024/1024 steps"), text.contains("tok") else {
        print("9. trajectory benchmark: the first frame does not show the run:\n\(text)")
        exit(1)
    }
    for index in 0..<scrubs {
        let scrubStart = now(CLOCK_MONOTONIC)
        _ = update(&model, .key(.character(index < scrubs / 2 ? "," : ".")))
        var next = CellBuffer(width: width, height: height)
        view(model, into: &next)
        _ = CellBufferDiff(from: buffer, to: next)
        buffer = next
        scrubTimes.append(now(CLOCK_MONOTONIC) - scrubStart)
    }
    guard model.recording?.step == stepCount else {
        print("9. trajectory benchmark: scrubbing back and forth did not return to the end")
        exit(1)
    }
}
let scrubMedian = median(scrubTimes), scrubWorst = scrubTimes.max()!
let sortedScrubs = scrubTimes.sorted()
let scrub99 = sortedScrubs[min(sortedScrubs.count - 1, sortedScrubs.count * 99 / 100)]
print(line("explorer: load + first 200×60 frame", frames))
print(String(format: "   load + first frame: first pass %.3f s, median %.3f s   target < %g s   %@",
             frames[0], median(frames), target, max(frames[0], median(frames)) < target ? "ok" : "MISS"))
print(String(format: "   one scrub step (update + frame + diff), %d steps: median %.2f ms, 99th percentile %.2f ms, worst %.2f ms   target < 16 ms   %@",
             scrubTimes.count, scrubMedian * 1e3, scrub99 * 1e3, scrubWorst * 1e3, scrub99 < 0.016 ? "ok" : "MISS"))
