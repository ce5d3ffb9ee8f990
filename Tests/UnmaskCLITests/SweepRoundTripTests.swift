import Foundation
import Testing
import UnmaskTestSupport

/// sweep → run.sh with a stand-in for eval_llada.py that writes schema-true lm-evaluation-harness
/// 0.4 results for every cell → scores import → the score heatmap reads back exactly what was
/// written.
@Suite("CLI round trip: sweep, fake lm-eval results, scores import, heatmap --metric score")
struct SweepRoundTripTests {
    /// A stand-in for `accelerate launch eval_llada.py`: it takes the cell's values and writes
    /// `OUTPUT/<model>/results_<date>.json` as lm-evaluation-harness 0.4 does (results per task with
    /// `metric,filter` keys and their stderr, config.model_args as lm-eval's k=v string), with the
    /// score (100a + 10b + N)/1000 and stderr N/10000, both printed with 17 digits so that they
    /// read back exactly.
    static let fakeLMEval = #"""
        #!/usr/bin/env bash
        set -euo pipefail
        task=$1 a=$2 b=$3 steps=$4 gen_length=$5 block_length=$6 schedule_file=$7 output=$8
        [ -s "$schedule_file" ] || { echo "no schedule file $schedule_file" >&2; exit 1; }
        score=$(awk -v a="$a" -v b="$b" -v n="$steps" 'BEGIN { printf "%.17g", (a * 100 + b * 10 + n) / 1000 }')
        stderr=$(awk -v n="$steps" 'BEGIN { printf "%.17g", n / 10000 }')
        mkdir -p "$output/fake__llada"
        cat > "$output/fake__llada/results_2026-12-03T00-00-00.000000.json" <<JSON
        {
          "results": {
            "$task": {
              "alias": "$task",
              "exact_match,strict-match": $score,
              "exact_match_stderr,strict-match": $stderr,
              "exact_match,flexible-extract": 0.5,
              "exact_match_stderr,flexible-extract": "N/A"
            }
          },
          "group_subtasks": {"$task": []},
          "versions": {"$task": 3.0},
          "n-shot": {"$task": 4},
          "config": {
            "model": "llada_dist",
            "model_args": "model_path=/models/llada,gen_length=$gen_length,steps=$steps,block_length=$block_length,schedule_file=$schedule_file,sched_a=$a,sched_b=$b",
            "batch_size": 1,
            "limit": 50
          },
          "date": 1764720000.0
        }
        JSON
        """#

    @Test func everyWrittenScoreComesBackOnTheHeatmap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unmask round trip \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("fake lm-eval.sh")
        try Self.fakeLMEval.write(to: fake, atomically: true, encoding: .utf8)
        let plan = folder.appendingPathComponent("plan").path
        // the fake's path has spaces: the template quotes it as a shell would
        let planned = try runUnmask(["sweep", "--a", "0.2:0.8:4", "--b", "0.5:1.5:3", "--steps", "8,16", "--length", "64",
                                     "--block-length", "32", "--task", "gsm8k", "--out", plan, "--launcher",
                                     "bash \"\(fake.path)\" {task} {a} {b} {steps} {gen_length} {block_length} {schedule_file} {output_path}"])
        #expect(planned.status == 0, "\(planned.standardError)")
        let run = try runBash("bash \"$1\"", [plan + "/run.sh"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("all 24 cells have results"))

        let csv = folder.appendingPathComponent("scores.csv").path
        let imported = try runUnmask(["scores", "import", plan + "/results", "--out", csv])
        #expect(imported.status == 0, "\(imported.standardError)")
        for steps in [8, 16] {
            let heatmap = try runUnmask(["heatmap", "--metric", "score", "--scores", csv, "--task", "gsm8k", "--steps", "\(steps)",
                                         "--score-metric", "exact_match,strict-match", "--a", "0.2:0.8:4", "--b", "0.5:1.5:3",
                                         "--format", "csv"])
            #expect(heatmap.status == 0, "\(heatmap.standardError)")
            let rows = heatmap.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
            #expect(rows.count == 12)
            for row in rows {
                // the sweep names each grid value by its 10 significant digits (0.4000000000000001 is 0.4)
                let (a, b) = (Double(String(format: "%.10g", row[0]))!, Double(String(format: "%.10g", row[1]))!)
                let expected = (a * 100 + b * 10 + Double(steps)) / 1000
                #expect(row[2] == expected, "a=\(row[0]) b=\(row[1]) N=\(steps): \(row[2]) ≠ \(expected)")
            }
        }
        // the next round centres on the best cell, the largest a and b: (0.8, 1.5)
        let next = folder.appendingPathComponent("round 2").path
        let refined = try runUnmask(["sweep", "--refine-from", csv, "--top", "1", "--score-metric", "exact_match,strict-match",
                                     "--steps", "16", "--length", "64", "--block-length", "32", "--task", "gsm8k",
                                     "--model-path", "/models/llada", "--out", next])
        #expect(refined.status == 0, "\(refined.standardError)")
        let first = try String(contentsOfFile: next + "/plan.jsonl", encoding: .utf8).split(separator: "\n").first ?? ""
        #expect(first.contains(#""a": 0.8, "b": 1.5, "steps": 16"#), "\(first)")
    }
}
