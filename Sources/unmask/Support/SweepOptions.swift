import ArgumentParser
import Foundation
import UnmaskCore

/// `--steps 8,16,…`: the step counts a sweep evaluates, each checked as `--steps N` is.
struct StepsListOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Comma-separated step counts N (each 1…\(Limits.maximumSteps); with blocks, divisible by L/B).", valueName: "n1,n2,..."))
    var steps: String

    func resolved() throws(UsageError) -> [Int] { try Self.parse(steps) }

    /// The step counts of a comma-separated list, each checked as `--steps N` is, none twice.
    static func parse(_ steps: String) throws(UsageError) -> [Int] {
        var values: [Int] = []
        for field in steps.split(separator: ",", omittingEmptySubsequences: false) {
            let text = field.trimmingCharacters(in: .whitespaces)
            guard let n = Int(text) else { throw UsageError("--steps: '\(escapedForEcho(text))' is not a whole number") }
            try requireCount(n, "--steps N", atMost: Limits.maximumSteps)
            guard !values.contains(n) else { throw UsageError("--steps: N = \(n) is listed twice") }
            values.append(n)
        }
        return values
    }
}

/// What a sweep evaluates and how each cell is launched: tasks, model, item limit, launcher
/// template, and the Slurm job's GPUs and further options.
struct SweepLaunchOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Comma-separated lm-evaluation-harness tasks, e.g. gsm8k,humaneval.", valueName: "t1,t2,..."))
    var task: String

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The model, for {model_path} (the default launcher needs it).", valueName: "path"))
    var modelPath: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Items per task, lm-evaluation-harness's --limit (the paper's first round: 50–150).", valueName: "n"))
    var limit: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The launcher command, a template with {placeholders} (default: accelerate launch eval_llada.py …).",
        valueName: "template"))
    var launcher: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Read the launcher template from a file.", valueName: "file"))
    var launcherFile: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("GPUs per Slurm array task (--gres=gpu:G).", valueName: "g"))
    var gpus: Int = 1

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp(
        "A further #SBATCH option without its dashes, e.g. partition=gpu or time=04:00:00 (repeatable).",
        valueName: "option"))
    var sbatch: [String] = []

    func tasks() throws(UsageError) -> [String] {
        var tasks: [String] = []
        for field in task.split(separator: ",", omittingEmptySubsequences: false) {
            let name = field.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw UsageError("--task '\(escapedForEcho(task))': an empty task name") }
            guard name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace }) else {
                throw UsageError("--task: '\(escapedForEcho(name))' holds a space or control character")
            }
            guard !tasks.contains(name) else { throw UsageError("--task: '\(escapedForEcho(name))' is listed twice") }
            tasks.append(name)
        }
        return tasks
    }

    func resolvedLimit() throws(UsageError) -> Int? {
        guard let limit else { return nil }
        try requireCount(limit, "--limit N", atMost: Int(Int32.max))
        return limit
    }

    /// The launcher template: `--launcher`, the file of `--launcher-file`, or LLaDA's default.
    func template(limit: Bool) throws(UsageError) -> LauncherTemplate {
        switch (launcher, launcherFile) {
        case (.some, .some): throw UsageError("--launcher and --launcher-file cannot be combined")
        case let (.some(text), nil): return try usage { () throws(LauncherTemplateError) in try LauncherTemplate(parsing: text) }
        case let (nil, .some(path)):
            let file: TextFile
            do {
                file = try TextFile(path: path)
            } catch {
                throw UsageError("--launcher-file '\(escapedForEcho(path))': cannot read it: \(error.description)")
            }
            do {
                return try LauncherTemplate(parsing: file.text)
            } catch {
                throw UsageError("--launcher-file '\(escapedForEcho(path))': \(error.description)")
            }
        case (nil, nil): return .llada(limit: limit)
        }
    }

    func resolvedGPUs() throws(UsageError) -> Int {
        try requireCount(gpus, "--gpus G", atMost: 1024)
        return gpus
    }

    /// The further #SBATCH options, each one line of printable text.
    func sbatchOptions() throws(UsageError) -> [String] {
        try sbatch.map { option throws(UsageError) in
            let text = option.hasPrefix("--") ? String(option.dropFirst(2)) : option
            guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw UsageError("--sbatch '\(escapedForEcho(option))': an #SBATCH option is one line of printable text")
            }
            return text
        }
    }
}

/// `--refine-from SCORES --top K [--score-metric M]`: the next round of the paper's protocol,
/// around the best cells of a round already measured (`SweepRefinement`).
struct SweepRefineOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Plan the next round around the best cells of these scores (a tidy CSV from `unmask scores import`, or chen2025) instead of --a/--b.",
        valueName: "scores"))
    var refineFrom: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "With --refine-from: refine around the K best cells of each task and N (default 3).", valueName: "k"))
    var top: Int?

    @OptionGroup var metricOption: ScoreMetricOption

    /// The refined groups for every task × N of the plan, or nil without --refine-from.
    func groups(tasks: [String], steps: [Int], axesGiven: Bool) throws(UsageError) -> [SweepPlan.Group]? {
        guard let refineFrom else {
            if top != nil || metricOption.scoreMetric != nil { throw UsageError("--top and --score-metric need --refine-from SCORES") }
            return nil
        }
        guard !axesGiven else { throw UsageError("--refine-from takes its points from the scores: give it without --a/--b") }
        let top = self.top ?? 3
        try requireCount(top, "--top K", atMost: Limits.maximumTop)
        let table = try ScoresOption.table(refineFrom)
        var groups: [SweepPlan.Group] = []
        for task in tasks {
            guard table.tasks.contains(task) else {
                throw UsageError("--refine-from '\(escapedForEcho(refineFrom))' has no scores for task '\(escapedForEcho(task))' (it has: \(table.tasks.joined(separator: ", ")))")
            }
            let scoreMetric = try metricOption.resolved(in: table, task: task)
            for n in steps {
                guard let scores = table.measuredScores(task: task, steps: n, metric: scoreMetric), !scores.cells.isEmpty else {
                    let measured = table.steps(task: task).map(String.init).joined(separator: ", ")
                    throw UsageError("--refine-from '\(escapedForEcho(refineFrom))' has no Beta scores for \(task) at N = \(n) (measured: \(measured))")
                }
                groups.append(SweepPlan.Group(task: task, steps: n, points: SweepRefinement.points(around: scores, top: top)))
            }
        }
        return groups
    }
}
