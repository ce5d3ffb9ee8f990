import ArgumentParser
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the full-screen explorer (the default command).",
        discussion: """
            A live heatmap over the Beta(a, b) plane of mask schedules (energy,
            N-step energy, or the sampler's error on a toy target), the cursor's
            α_t and γ_t with up to three pinned schedules, the tokens each of N
            steps reveals, and a toy target sampled token by token with the
            cursor's schedule. Press ? inside for every key; q or Ctrl-C quits.

            The cursor moves on a grid of spacing 0.05 (z/Z: 0.01 … 0.50) and its
            schedule is read out as `a=0.90 b=0.30`; --alpha beta:A,B starts it
            at the nearest grid point, any other SPEC is pinned instead.

            Themes: --theme NAME loads NAME.toml from --themes-dir, then
            $XDG_CONFIG_HOME/unmask/themes (~/.config/unmask/themes), then the
            bundled themes/ folder (next to the executable, in
            ../share/unmask/themes, or in the source tree it was built from); a
            path to a .toml file also works. Keys a theme leaves out come from the
            default theme, `dark`. With NO_COLOR set or a terminal without colour
            the `mono` theme is used unless --theme says otherwise.

            Scores: --scores FILE|chen2025 (a tidy score CSV, or the paper's
            LLaDA-8B scores) adds the measured score to the m cycle: each
            measured Beta(a, b) is drawn at its point (at the nearest grid point
            when zoomed out), every other cell reads "not measured", and e
            changes the task. With --task T the explorer starts on T's score;
            --score-metric M picks the task's metric where it has several.

            Recorded runs: --trajectory FILE (the JSONL of docs/trajectory-format.md,
            written by the Python recorder or by `unmask sample --format jsonl`)
            shows that run in the sampler panel: its tokens wrapped and
            scrollable (↑ ↓ with the panel focused), the prompt dimmed, blocks
            marked ┊, tokens coloured by step or confidence (c); . and , scrub,
            # goes to a step, f finds a text, t switches to the toy targets and
            back. u shows its step map (position × step) in the heatmap panel,
            and the token bars set its counts beside the cursor's schedule's for
            its G tokens in its S steps.

            Defaults: --steps 8, --length 256, --target paper-extremes, --seed 1;
            the keys reach N ≤ \(Limits.explorerMaximumSteps) and L ≤ \(Limits.explorerMaximumLength), as the options do.

            Needs a terminal on standard input and output and a TERM other than
            dumb; in pipes use the headless commands instead.

            Examples:
              unmask
              unmask explore --alpha beta:1,0.2 --steps 16
              unmask explore --target paper-balanced --steps 3 --seed 7
              unmask explore --target-file my-target.txt --steps 4
              unmask explore --weight beta:0.9,0.3 --theme projector
              unmask explore --alpha cosine --length 64 --no-mouse
              unmask explore --scores chen2025 --task hendrycks_math --steps 64
              unmask explore --trajectory examples/trajectories/hand-written.jsonl
              unmask explore --list-themes
            """
    )

    @Option(help: ArgumentHelp("The cursor's starting schedule, or a schedule to pin.", discussion: specHelp, valueName: "spec"))
    var alpha: String = "beta:0.9,0.3"

    @OptionGroup var weight: WeightOption

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var steps: StepsOption

    @OptionGroup var length: LengthOption

    @OptionGroup var rounding: RoundingOption

    @OptionGroup var seed: SeedOption

    @OptionGroup var scores: ScoresOption

    @OptionGroup var scoreSelection: ScoreSelectionOptions

    @Option(help: ArgumentHelp("A recorded run (unmask-trajectory/1 JSONL) to show in the sampler panel.", valueName: "file"))
    var trajectory: String?

    @OptionGroup var themeOptions: ThemeOptions

    @Flag(help: "List the available themes and exit.")
    var listThemes = false

    @Flag(help: "Do not use the mouse (clicks then select text as usual).")
    var noMouse = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let library = try themeOptions.library(environment)
        if listThemes {
            try printThemes(library)
            return
        }
        let options = try explorerOptions()
        ExplorerSession.reexecuteForNonInteractiveCrashReports(environment: environment)
        let themes = try themeOptions.themes(library, fallback: Theme.standard.name)
        try ExplorerLaunch.run(options: options, themes: themes, environment: environment)
    }

    private func explorerOptions() throws(UsageError) -> ExplorerOptions {
        let alphaSchedule = try parseSchedule(alpha, option: "--alpha")
        var options = ExplorerOptions(weight: try weight.schedule(),
                                      steps: try steps.resolved(atMost: Limits.explorerMaximumSteps) ?? 8,
                                      length: try length.resolved(atMost: Limits.explorerMaximumLength) ?? 256,
                                      rounding: rounding.rounding,
                                      seed: seed.value(default: 1), mouse: !noMouse)
        if let target = try targetOptions.resolvedIfGiven() {
            if let index = ToyTarget.builtIn.firstIndex(of: target) {
                options.targetIndex = index
            } else {
                options.targets = [target] + ToyTarget.builtIn
            }
        }
        try addScores(to: &options)
        try addRecording(to: &options)
        if case let .beta(a, b) = alphaSchedule.family {
            options.cursor = try latticePoint(a: a, b: b)
        } else {
            options.pins = [alphaSchedule]
        }
        return options
    }

    /// `--scores` (read only when given), its task and metric checked against the table; with
    /// `--task` the explorer starts on the task's score.
    private func addScores(to options: inout ExplorerOptions) throws(UsageError) {
        guard let table = try scores.loadIfGiven() else {
            if scoreSelection.task != nil || scoreSelection.scoreMetric != nil {
                throw UsageError("--\(scoreSelection.task != nil ? "task" : "score-metric") needs --scores FILE|\(Chen2025Scores.name)")
            }
            return
        }
        let (task, metric) = try scoreSelection.resolved(in: table, required: false)
        options.scoreSets = table.measuredScoreSets(metric: metric)
        guard options.scoreSets.contains(where: { !$0.cells.isEmpty }) else {
            throw UsageError("--scores \(escapedForEcho(scores.scores ?? "")): no Beta(a, b) schedule measured, nothing to draw on the plane")
        }
        options.scoreTask = task
        options.startsOnScore = scoreSelection.task != nil
    }

    /// `--trajectory FILE`: the run for the sampler panel; unless --steps and --length say
    /// otherwise the token bars plan its G tokens in its S steps (up to the explorer's limits),
    /// in its blocks, so that its counts compare with the cursor's step by step. Skipped lines
    /// are named on the status line at start.
    private func addRecording(to options: inout ExplorerOptions) throws(UsageError) {
        guard let trajectory else { return }
        let file = try loadTrajectory(trajectory, option: "--trajectory", allowsStandardInput: false)
        let header = file.header
        options.recording = file
        options.recordingName = URL(fileURLWithPath: trajectory).lastPathComponent
        if steps.steps == nil { options.steps = min(header.steps, Limits.explorerMaximumSteps) }
        if length.length == nil { options.length = min(header.genLength, Limits.explorerMaximumLength) }
        if header.blockLength < header.genLength { options.blockLength = header.blockLength }
        let notes = trajectoryInputNotes(file, name: escapedForEcho(options.recordingName))
        if let first = notes.first {
            options.startNotice = notes.count == 1 ? first : "\(first) (and \(notes.count - 1) more lines; unmask trajectory lists them)"
        }
    }

    /// The cursor's start for `--alpha beta:A,B`: the plane's point in hundredths (snapped to the
    /// lattice by the model), refused outside the plane the cursor can reach.
    private func latticePoint(a: Double, b: Double) throws(UsageError) -> BetaPoint {
        let largest = Double(BetaLattice.maximum) / 100
        guard a <= largest, b <= largest else {
            throw UsageError("--alpha \(alpha): the explorer's plane spans a, b ≤ \(largest.compactDescription)")
        }
        return BetaPoint(a: Int((a * 100).rounded()), b: Int((b * 100).rounded()))
    }

    private func printThemes(_ library: ThemeLibrary) throws {
        let themes = library.available()
        guard !themes.isEmpty else {
            try StandardStreams.output("\(Theme.standard.name)  \(Theme.standard.description)  (built in)\n")
            return
        }
        let width = themes.map(\.name.count).max() ?? 0
        for entry in themes {
            let description = (try? library.load(entry.file).theme.description) ?? "(does not load)"
            try StandardStreams.output("\(entry.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(description)  (\(entry.file))\n")
        }
    }
}
