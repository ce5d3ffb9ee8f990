/// The shell scripts of a sweep plan directory: `run.sh`, which runs the cells one after another,
/// and `slurm.sbatch`, a Slurm job array with one cell per array task. Both skip a cell whose
/// output path already holds a `results_*.json` file, so a re-run continues an interrupted sweep.
public enum SweepScripts {
    /// One cell as the scripts run it: its id, its output path and its launcher command line
    /// (already quoted shell words).
    public struct Entry: Equatable, Sendable {
        public let id: String
        public let outputPath: String
        public let command: String

        public init(id: String, outputPath: String, command: String) {
            self.id = id
            self.outputPath = outputPath
            self.command = command
        }
    }

    /// `run_cell ID OUTPUT COMMAND…`: runs the command unless OUTPUT already has results; returns
    /// the command's status.
    /// Values are single-quoted words, in which a `$` is meant literally.
    static let lintDirective = "# shellcheck disable=SC2016  # a $ inside single quotes is meant literally"

    static let runCell = """
        # run_cell ID OUTPUT_PATH COMMAND...: runs COMMAND unless OUTPUT_PATH already holds results.
        run_cell() {
          local id=$1 output=$2
          shift 2
          if [ -n "$(find "$output" -name 'results_*.json' -print -quit 2>/dev/null)" ]; then
            echo "unmask sweep: $id has results in $output: skipped"
            return 0
          fi
          mkdir -p "$output"
          echo "unmask sweep: running $id"
          "$@"
        }
        """

    /// Runs every cell in order; a failing cell is reported and the rest still run, and the script
    /// exits 1 at the end naming the failed cells.
    public static func runScript(_ entries: [Entry], version: String) -> String {
        var lines = [
            "#!/usr/bin/env bash",
            lintDirective,
            "# A sweep of \(entries.count) cell\(entries.count == 1 ? "" : "s") planned by unmask \(version); plan.jsonl lists them.",
            "# Run it from the directory the launcher expects (LLaDA's checkout for eval_llada.py):",
            "#   bash path/to/this/run.sh",
            "# Cells with results are skipped, so running it again continues an interrupted sweep.",
            "set -uo pipefail",
            "",
            runCell,
            "",
            "failed=()",
        ]
        for entry in entries {
            lines.append("run_cell \(ShellWord.quoted(entry.id)) \(ShellWord.quoted(entry.outputPath)) \(entry.command) || failed+=(\(ShellWord.quoted(entry.id)))")
        }
        lines += [
            "",
            "if [ ${#failed[@]} -gt 0 ]; then",
            "  echo \"unmask sweep: ${#failed[@]} of \(entries.count) cells failed: ${failed[*]}\" >&2",
            "  exit 1",
            "fi",
            "echo \"unmask sweep: all \(entries.count) cells have results\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A job array `--array=0-(K−1)`, one cell per array task, each with `gpus` GPUs
    /// (`--gres=gpu:G`) and any further `#SBATCH` options given (`extra`, without the `--`).
    public static func slurmScript(_ entries: [Entry], gpus: Int, extra: [String], version: String) -> String {
        var lines = [
            "#!/usr/bin/env bash",
            "#SBATCH --job-name=unmask-sweep",
            "#SBATCH --array=0-\(Swift.max(0, entries.count - 1))",
            "#SBATCH --gres=gpu:\(gpus)",
        ]
        lines += extra.map { "#SBATCH --\($0)" }
        lines += [
            lintDirective,
            "# A sweep of \(entries.count) cell\(entries.count == 1 ? "" : "s") planned by unmask \(version), one per array task;",
            "# plan.jsonl lists them. Submit it from the directory the launcher expects:",
            "#   sbatch path/to/this/slurm.sbatch",
            "# Cells with results are skipped, so submitting it again runs only the rest. Slurm caps",
            "# arrays at MaxArraySize (1001 by default): see scontrol show config.",
            "set -uo pipefail",
            "",
            runCell,
            "",
            "case \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}\" in",
        ]
        for (index, entry) in entries.enumerated() {
            lines.append("  \(index)) run_cell \(ShellWord.quoted(entry.id)) \(ShellWord.quoted(entry.outputPath)) \(entry.command) ;;")
        }
        lines += [
            "  *) echo \"unmask sweep: no cell $SLURM_ARRAY_TASK_ID in this plan of \(entries.count)\" >&2; exit 64 ;;",
            "esac",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
