import ArgumentParser
import Foundation
import UnmaskCore

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan an evaluation sweep over Beta(a, b) schedules for lm-evaluation-harness (LLaDA's eval_llada.py).",
        discussion: """
            Writes a plan directory for every task × steps value × (a, b) point;
            unmask never runs a model itself:
              DIR/plan.jsonl             one JSON object per cell: id, a, b, steps,
                                         gen_length, block_length, task,
                                         schedule_file, output_path, command (and
                                         limit)
              DIR/schedules/NAME.json    the schedule file of each (a, b, N)
                                         (unmask-schedule/1, as `unmask export`)
              DIR/run.sh                 the cells one after another
              DIR/slurm.sbatch           a Slurm job array, one cell per array task
              DIR/results/ID/            each cell's --output_path
            Both scripts skip a cell whose output path already holds a
            results_*.json file, so running them again continues a sweep; run.sh
            goes on past a failing cell and names the failed ones at the end. Run
            them from the launcher's directory (LLaDA's checkout): every path in
            them is absolute. Afterwards `unmask scores import DIR/results`.

            The launcher is a template of words with {placeholders}; values need
            no quoting (each word is quoted when filled in), and literal text with
            spaces can be kept in one word with '…' or "…": {id}
            {task} {a} {b} {steps} {gen_length} {block_length} {model_path}
            {schedule_file} {output_path} {limit}; it must use {output_path}.
            The default (--limit adds --limit {limit}):
              accelerate launch eval_llada.py --tasks {task} --model llada_dist
                --model_args model_path={model_path},gen_length={gen_length},
                steps={steps},block_length={block_length},
                schedule_file={schedule_file},sched_a={a},sched_b={b}
                --output_path {output_path}
            (one line; docs/llada.md shows the patch that makes eval_llada.py read
            schedule_file). Values inside --model_args's k=v list may not hold ','
            or '='.

            The paper's protocol: a first round over a, b in {0.1, …, 1.0} on a
            50–150 item subset (--limit), then the best cells refined on larger
            subsets. --refine-from SCORES --top K plans that next round: for each
            task and N, the 3 × 3 points at half the measured spacing around its
            K best Beta cells (by score), without --a/--b.

            Examples:
              unmask sweep --a 0.1:1:10 --b 0.1:1:10 --steps 64,128 --length 256 \\
                --block-length 32 --task gsm8k --model-path GSAI-ML/LLaDA-8B-Instruct \\
                --limit 100 --out sweeps/round1
              unmask sweep --a 0.3:0.9:3 --b 0.5:1.5:3:log --steps 256 --length 256 \\
                --task humaneval,mbpp --model-path /models/llada --gpus 8 \\
                --sbatch partition=gpu --sbatch time=12:00:00 --out "sweeps/code round"
              unmask sweep --a 0.5:1:2 --b 0.5:1:2 --steps 32 --length 128 \\
                --task bbh --out sweeps/custom --launcher \\
                'python "/opt/my evals/run.py" --task {task} --schedule {schedule_file} --out {output_path}'
            """
    )

    @OptionGroup var axes: GridAxesOptions

    @OptionGroup var steps: StepsListOption

    @OptionGroup var length: LengthOption

    @OptionGroup var blockLength: BlockLengthOption

    @OptionGroup var rounding: RoundingOption

    @OptionGroup var seed: SeedOption

    @OptionGroup var launch: SweepLaunchOptions

    @OptionGroup var refine: SweepRefineOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("The plan directory to write (created if missing).", valueName: "dir"))
    var out: String

    func run() throws {
        let grid = try axes.grid()
        let steps = try self.steps.resolved(), tasks = try launch.tasks()
        guard let length = try self.length.resolved() else { throw UsageError("--length L is required") }
        let blockLength = try self.blockLength.resolved()
        let requests = try steps.map { n throws(UsageError) in
            let request = TokenCountRequest(length: length, steps: n, rounding: rounding.rounding, blockLength: blockLength,
                                            seed: seed.value())
            try usage { () throws(TokenCountError) in try request.validate() }
            return request
        }
        let refined = try refine.groups(tasks: tasks, steps: steps, axesGiven: axes.isGiven)
        let points = refined.map { Set($0.flatMap { group in group.points.map { [$0.a, $0.b] } }).count } ?? grid.cellCount
        let cellCount = refined.map { $0.map(\.points.count).reduce(0, +) } ?? grid.cellCount * steps.count * tasks.count
        guard cellCount <= Limits.maximumSweepCells else {
            throw UsageError("the sweep has \(cellCount) cells (\(tasks.count) tasks × \(steps.count) steps × \(points) points), above the limit of \(Limits.maximumSweepCells)")
        }
        let scheduleSteps = points * steps.reduce(0, +)
        guard scheduleSteps <= Limits.maximumSweepScheduleSteps else {
            throw UsageError("the sweep's schedule files would hold \(scheduleSteps) steps in all (\(points) points × steps \(steps.map(String.init).joined(separator: "+"))), above the limit of \(Limits.maximumSweepScheduleSteps)")
        }
        let limit = try launch.resolvedLimit()
        let template = try launch.template(limit: limit != nil)
        let gpus = try launch.resolvedGPUs(), sbatch = try launch.sbatchOptions()
        guard !out.isEmpty else { throw UsageError("--out: the plan directory's path is empty") }
        let folder = URL(fileURLWithPath: out).standardizedFileURL.path
        let plan = refined.map { SweepPlan(groups: $0, genLength: length, blockLength: blockLength ?? length) }
            ?? SweepPlan(grid: grid, steps: steps, tasks: tasks, genLength: length, blockLength: blockLength ?? length)
        let directory = SweepDirectory(path: folder, plan: plan, template: template, modelPath: launch.modelPath, limit: limit)
        let entries = try usage { () throws(SweepDirectoryError) in try directory.entries() }

        try OutputDirectory.make(folder + "/schedules")
        for (file, cell) in directory.schedules {
            let schedule = MaskSchedule(.beta(a: cell.a, b: cell.b))
            let request = requests[steps.firstIndex(of: cell.steps)!]
            let stepPlan = try usage { () throws(TokenCountError) in try StepPlan(schedule, request) }
            let text = ScheduleFile(schedule: schedule, plan: stepPlan).text(.json)
            try OutputFile.write(to: file) { writer in try writer.write(text) }
        }
        try OutputFile.write(to: folder + "/plan.jsonl") { writer in try writer.write(directory.planLines(entries)) }
        let runScript = folder + "/run.sh", slurmScript = folder + "/slurm.sbatch"
        try OutputFile.write(to: runScript) { writer in
            try writer.write(SweepScripts.runScript(entries, version: UnmaskCoreVersion.string))
        }
        chmod(runScript, 0o755)
        try OutputFile.write(to: slurmScript) { writer in
            try writer.write(SweepScripts.slurmScript(entries, gpus: gpus, extra: sbatch, version: UnmaskCoreVersion.string))
        }
        func shown(_ path: String) -> String { "'" + escapedForEcho(path) + "'" }
        let shape = "\(tasks.count) task\(tasks.count == 1 ? "" : "s") × \(steps.count) steps value\(steps.count == 1 ? "" : "s")"
            + (refined == nil ? " × \(points) points" : ", around the best measured cells")
        try StandardStreams.note("planned \(cellCount) cell\(cellCount == 1 ? "" : "s") (\(shape)) in \(shown(folder)); run them with bash \(shown(runScript)) or sbatch \(shown(slurmScript))")
    }
}
