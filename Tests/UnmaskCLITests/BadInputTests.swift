import UnmaskTestSupport
import Testing

@Suite("CLI: bad input gets one line and exit 64")
struct BadInputTests {
    /// A valid sweep invocation with some options' values replaced (or added).
    static func sweep(_ changes: (String, String)...) -> [String] {
        changes.reduce(["sweep", "--a", "0.5:1:2", "--b", "0.5:1:2", "--steps", "8", "--length", "64", "--task", "gsm8k",
                        "--model-path", "/m", "--out", "/dev/null/sweep"]) { BadInvocationGenerator.replacing($1.0, with: $1.1, in: $0) }
    }

    static let cases: [([String], String)] = [
        (["energy", "--alpha", "beta:-1,2"], "a = -1"),
        (["energy", "--alpha", "beta:nan,2"], "a = nan"),
        (["energy", "--alpha", "beta:1,inf"], "b = inf"),
        (["energy", "--alpha", "foo"], "unknown schedule 'foo' (valid: beta:A,B"),
        (["energy", "--alpha", "linear", "--weight", "bar"], "'bar'"),
        (["energy", "--alpha", "linear", "--steps", "0"], "--steps N = 0"),
        (["energy", "--alpha", "linear", "--length", "-3"], "--length n = -3"),
        (["schedule", "--alpha", "linear", "--at", "0.5,1.5"], "t = 1.5"),
        (["schedule", "--alpha", "linear", "--at", "x"], "'x'"),
        (["schedule", "--alpha", "linear", "--length", "0", "--steps", "4"], "L = 0"),
        (["schedule", "--alpha", "linear", "--length", "8", "--steps", "0"], "N = 0"),
        (["schedule", "--alpha", "linear", "--length", "8", "--steps", "4", "--block-length", "3"], "B = 3"),
        (["schedule", "--alpha", "linear", "--length", "8", "--steps", "3", "--block-length", "4"], "N = 3"),
        (["schedule", "--alpha", "linear", "--length", "8"], "--steps"),
        (["schedule", "--alpha", "linear", "--length", "8", "--steps", "2", "--rounding", "bad"], "'bad'"),
        (["export", "--alpha", "linear", "--length", "9223372036854775808", "--steps", "4"], "9223372036854775808"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "18446744073709551616"], "18446744073709551616"),
        (["export", "--alpha", "linear", "--length", "2000000", "--steps", "4"], "L = 2000000 is above the limit"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "4", "--block-length", "3"], "B = 3 must be positive and divide"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "3", "--block-length", "4"], "N = 3 must be divisible"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "4", "--format", "table"], "'table'"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "4", "--format", "xml"], "'xml'"),
        (["export", "--alpha", "beta:0,1", "--length", "8", "--steps", "4"], "a = 0"),
        (["export", "--alpha", "nope", "--length", "8", "--steps", "4"], "unknown schedule 'nope'"),
        (["export", "--alpha", "linear", "--steps", "4"], "--length L is required"),
        (["export", "--alpha", "linear", "--length", "8"], "--steps N is required"),
        (["export", "--alpha", "linear", "--length", "8", "--steps", "4", "--policy", "fast-dllm"], "cannot be exported as counts"),
        (["heatmap", "--a", "2:1:5"], "MIN = 2 is greater than MAX = 1"),
        (["heatmap", "--a", "0.1:1:0"], "COUNT = 0"),
        (["heatmap", "--b", "0:1:5"], "MIN = 0"),
        (["heatmap", "--b", "-1:1:5"], "MIN = -1"),
        (["heatmap", "--metric", "discrete-energy"], "--steps"),
        (["heatmap", "--metric", "bogus"], "'bogus'"),
        (["heatmap", "--metric", "tv", "--steps", "3"], "--target"),
        (["heatmap", "--metric", "tv", "--target", "nope", "--steps", "3"], "unknown target 'nope'"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear"], "--steps"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3", "--temperature", "-1"], "temperature -1"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3", "--temperature", "1e-320"],
         "temperature 1e-320 is below the floor 0.001"),
        (["sample", "--target", "words", "--alpha", "linear", "--steps", "3", "--temperature", "0.0009"], "temperature 0.0009 is below the floor 0.001"),
        (["heatmap", "--metric", "tv", "--target", "paper-extremes", "--steps", "3", "--temperature", "inf"], "temperature inf must be finite"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3", "--temperature", "nan"], "temperature nan must be finite"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3", "--block-length", "2"], "B = 2"),
        (["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3", "--order", "best"], "'best'"),
        (["eval", "--target-file", "/nonexistent.txt", "--alpha", "linear", "--steps", "3"], "/nonexistent.txt"),
        (sweep(("--steps", "8,x")), "'x' is not a whole number"),
        (sweep(("--steps", "8,16,8")), "N = 8 is listed twice"),
        (sweep(("--steps", "8,")), "'' is not a whole number"),
        (sweep(("--steps", "99999999999999999999")), "'99999999999999999999' is not a whole number"),
        (sweep(("--steps", "6"), ("--block-length", "16")), "N = 6"),
        (sweep(("--task", "gsm8k,,bbh")), "an empty task name"),
        (sweep(("--task", "gsm 8k")), "'gsm 8k' holds a space"),
        (sweep(("--task", "bbh,bbh")), "'bbh' is listed twice"),
        (sweep(("--launcher", "run {nope} {output_path}")), "unknown placeholder {nope}"),
        (sweep(("--launcher", "run {task}")), "must write to {output_path}"),
        (sweep(("--launcher", "run {output_path} {limit}")), "needs --limit N"),
        (sweep(("--model-path", "/models/a,b")), "'/models/a,b' contains ','"),
        (sweep(("--launcher", "x {output_path}"), ("--launcher-file", "/f")), "cannot be combined"),
        (sweep(("--launcher-file", "/nonexistent/launcher.txt")), "'/nonexistent/launcher.txt': cannot read it"),
        (sweep(("--sbatch", "time=1\n#SBATCH --x")), "one line of printable text"),
        (sweep(("--steps", "1,2,3,4,5,6,7,8,9,10,11"), ("--a", "0.1:1:100"), ("--b", "0.1:1:100"), ("--task", "a,b,c,d,e,f,g,h,i,j")), "above the limit of 100000"),
        (sweep(("--steps", "100000"), ("--a", "0.1:1:10"), ("--b", "0.1:1:10")), "above the limit of 5000000"),
        (sweep(("--out", "")), "the plan directory's path is empty"),
        (["scores", "weight", "--task", "nope"], "unknown task 'nope'"),
        (["scores", "weight", "--task", "gsm8k", "--steps", "256"], "gsm8k has no scores at N = 256"),
        (["scores", "weight", "--weight-a", "0:1:3"], "--weight-a 0:1:3: MIN = 0"),
        (["scores", "weight", "--task", "gsm8k", "--score-metric", "pass@1"], "--score-metric 'pass@1'"),
        (sweep(("--refine-from", "chen2025")), "without --a/--b"),
        (["sweep", "--refine-from", "chen2025", "--steps", "256", "--length", "256", "--task", "gsm8k", "--out", "/dev/null/s"],
         "no Beta scores for gsm8k at N = 256 (measured: 8, 16, 32, 64, 128)"),
        (["sweep", "--refine-from", "chen2025", "--steps", "8", "--length", "64", "--task", "nope", "--out", "/dev/null/s"],
         "has no scores for task 'nope'"),
        (["sweep", "--refine-from", "chen2025", "--steps", "8", "--length", "64", "--task", "gsm8k", "--top", "0", "--out", "/dev/null/s"],
         "--top K = 0"),
        (sweep(("--top", "3")), "--top and --score-metric need --refine-from SCORES"),
        (["sweep", "--refine-from", "/nonexistent/scores.csv", "--steps", "8", "--length", "64", "--task", "gsm8k", "--out", "/dev/null/s"],
         "/nonexistent/scores.csv"),
        (["eval", "--target", "words", "--target-file", "x", "--alpha", "linear", "--steps", "3"], "not both"),
        (["sample", "--target", "words", "--alpha", "beta:0,1", "--steps", "3"], "a = 0"),
        (["sample", "--target", "words", "--alpha", "linear", "--steps", "3", "--format", "xml"], "'xml'"),
        (["search", "--target", "paper-extremes", "--steps", "3", "--a", "1:0.5:4"], "MIN = 1 is greater"),
        (["search", "--target", "paper-extremes", "--steps", "3", "--top", "0"], "--top = 0"),
        (["heatmap", "--format", "xml"], "'xml'"),
        (["energy"], "--alpha"),
        (["frobnicate"], "frobnicate"),
        (["scores", "show", "--task", "nope"], "unknown task 'nope' (known: mbpp, humaneval, bbh, gsm8k, hendrycks_math, minerva_math)"),
        (["scores", "show", "--task", "bbh", "--steps", "256"], "no scores at --steps 256 for bbh (known: 8, 16, 32, 64, 128)"),
        (["scores", "show", "--steps", "7"], "(known: 8, 16, 32, 64, 128, 256)"),
        (["scores", "show", "--steps", "-8"], "no scores at --steps -8"),
        (["scores", "show", "--task", "\u{1B}[2J"], "unknown task '\\e[2J'"),
        (["scores", "show", "--scores", "/nonexistent/s.csv"], "/nonexistent/s.csv: "),
        (["scores", "show", "--scores", "/dev/null"], "/dev/null: "),
        (["scores", "speedup", "--tolerance", "-1"], "--tolerance -1 must be from 0 to 100"),
        (["scores", "speedup", "--tolerance", "nan"], "--tolerance nan"),
        (["scores", "import", "--out", "/tmp/unmask-never-written.csv"], "give at least one results file"),
        (["scores", "import", "x.json"], "give --out FILE"),
        (["scores", "import", "x.json", "--out", "a", "--out", "b"], "--out is given more than once"),
        (["scores", "import", "x.json", "--out", "a", "--outt", "b"], "--outt"),
    ]

    @Test(arguments: cases)
    func rejected(arguments: [String], mention: String) throws {
        let result = try runUnmask(arguments)
        #expect(result.status == 64, "\(arguments): status \(result.status)")
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(result.standardError)")
        #expect(result.standardError.hasPrefix("unmask: "))
        #expect(result.standardError.contains(mention), "\(arguments): \(result.standardError)")
    }
}
