import UnmaskCore

/// Bad and extreme invocations of every command, generated: each command's valid base invocation
/// with one option replaced by each bad value of its kind, plus repeated options, stray
/// arguments, unknown options and help for unknown commands. Every case must exit 64 with one
/// line on stderr. The list is deterministic; `cases(count:seed:)` draws more by combining two bad
/// options at once, for runs of thousands (`UNMASK_BAD_INVOCATIONS=5000 swift test --filter
/// BadInvocationTests`).
enum BadInvocationGenerator {
    /// The kinds of option values, each with values that must be refused.
    enum Kind: CaseIterable {
        case count, seed, spec, policy, policyList, axis, format, metric, choice, temperature, tolerance, times, target, targetFile, theme, folder

        var badValues: [String] {
            switch self {
            case .count:
                return ["0", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                        "18446744073709551616", "4294967296", "1000001", "1e3", "0x10", "", "nan", "2.5", "+-3", "\u{1B}[2J"]
            case .seed:
                return ["-1", "18446744073709551616", "x", "", "1.5"]
            case .spec:
                return ["beta:1e17,1e17", "beta:1e300,1e300", "beta:1e305,1e305", "beta:0,1", "beta:-1,1", "beta:nan,1",
                        "beta:1,inf", "beta:0.001,1", "beta:1,1000", "beta:1", "beta:1,2,3", "beta:,", "poly:1e9", "poly:",
                        "polymask:0", "md4:poly1e300", "x", "", "\u{1B}[2J", "beta:1\u{0},2", String(repeating: "b", count: 100_000)]
            case .policy:
                return ["threshold:abc", "threshold:-1", "threshold:nan", "threshold:inf", "foo:1", "entropy-bound:",
                        "entropy-bound:-0.5", "threshold", "threshold:1,2", "klass:0.9", "klass:0.9,", "klass:0.9,-1", "klass:0.9,0.01,0.1",
                        "klass:x,0.01", "", "\u{1B}[2J",
                        String(repeating: "t", count: 100_000)]
            case .policyList:
                return ["foo", "threshold:abc", "threshold:-1", "entropy-bound:", "threshold,", ",", "klass:0.9", "klass:0.9,x",
                        "klass:0.9,-0.01", "threshold,klass:0.9", "klass:0.9,0.01,2",
                        "threshold:inf", "", "\u{1B}[2J", String(repeating: "t", count: 100_000)]
            case .axis:
                return ["1:2:9223372036854775807", "0.1:1:4294967296", "1:2:0", "0:1:3", "1e-5:1:3", "1:1e5:3", "2:1:3",
                        "1:2", "1:2:3:lin", "nan:1:3", "1:inf:3", "1:2:x", "", "1:2:4097", "-1:1:3:log", "1:2:3:4:5"]
            case .format:
                return ["xml", "", "TABLE", "csv,json"]
            case .metric:
                return ["bogus", "", "TV"]
            case .choice:
                return ["bogus", ""]
            case .temperature:
                return ["-1", "nan", "inf", "-inf", "x", "", "1e-320", "0.0009"]
            case .tolerance:
                return ["-1", "nan", "inf", "-inf", "x", "", "100.5", "1e9", "-0.001"]
            case .times:
                return ["1.5", "-0.1", "nan", "x", "", "0.5,,1", "inf"]
            case .target:
                return ["nope", "", "\u{1B}]0;title\u{7}"]
            case .targetFile:
                return ["/nonexistent/target.txt", "/", "/dev/null", "/etc", "/dev/zero", "/proc/self/mem", "/dev/stdin"]
            case .theme:
                return ["nope", "/nonexistent/theme.toml", "/", "/dev/zero", "\u{1B}[2J.toml"]
            case .folder:
                return ["/nonexistent/themes"]
            }
        }
    }

    /// A command: a valid base invocation and the options that can be made bad.
    struct Command {
        let base: [String]
        let options: [(String, Kind)]
    }

    static let sampler: [(String, Kind)] = [
        ("--steps", .count), ("--rounding", .choice), ("--block-length", .count), ("--seed", .seed),
        ("--order", .choice), ("--temperature", .temperature),
    ]

    static let commands: [Command] = [
        Command(base: ["schedule", "--alpha", "cosine", "--length", "64", "--steps", "8"],
                options: [("--alpha", .spec), ("--length", .count), ("--steps", .count), ("--rounding", .choice),
                          ("--block-length", .count), ("--seed", .seed), ("--format", .format)]),
        Command(base: ["export", "--alpha", "cosine", "--length", "64", "--steps", "8"],
                options: [("--alpha", .spec), ("--length", .count), ("--steps", .count), ("--rounding", .choice),
                          ("--block-length", .count), ("--seed", .seed), ("--format", .format), ("--policy", .choice)]),
        Command(base: ["schedule", "--alpha", "cosine"], options: [("--at", .times)]),
        Command(base: ["energy", "--alpha", "beta:1,1"],
                options: [("--alpha", .spec), ("--weight", .spec), ("--steps", .count), ("--length", .count), ("--format", .format)]),
        Command(base: ["heatmap", "--a", "0.5:1:2", "--b", "0.5:1:2"],
                options: [("--a", .axis), ("--b", .axis), ("--weight", .spec), ("--metric", .metric), ("--workers", .count),
                          ("--format", .format)]),
        Command(base: ["heatmap", "--metric", "tv", "--target", "paper-extremes", "--steps", "3", "--a", "0.5:1:2", "--b", "0.5:1:2"],
                options: sampler + [("--target", .target), ("--target-file", .targetFile)]),
        Command(base: ["sample", "--target", "words", "--alpha", "linear", "--steps", "5"],
                options: sampler + [("--alpha", .spec), ("--target", .target), ("--target-file", .targetFile), ("--format", .choice)]),
        Command(base: ["eval", "--target", "paper-extremes", "--alpha", "linear", "--steps", "3"],
                options: sampler + [("--alpha", .spec), ("--target", .target), ("--method", .choice), ("--samples", .count),
                                    ("--top", .count), ("--format", .format)]),
        Command(base: ["sample", "--target", "words", "--policy", "threshold:0.9"],
                options: [("--policy", .policy), ("--steps", .count), ("--block-length", .count), ("--seed", .seed),
                          ("--temperature", .temperature), ("--alpha", .spec), ("--format", .choice)]),
        Command(base: ["eval", "--target", "paper-extremes", "--policy", "entropy-bound:0.5"],
                options: [("--policy", .policy), ("--steps", .count), ("--block-length", .count), ("--temperature", .temperature),
                          ("--method", .choice), ("--samples", .count), ("--alpha", .spec), ("--format", .format)]),
        Command(base: ["search", "--target", "paper-extremes", "--steps", "3", "--a", "0.5:1:2", "--b", "0.5:1:2"],
                options: sampler + [("--a", .axis), ("--b", .axis), ("--metric", .metric), ("--top", .count), ("--format", .format)]),
        Command(base: ["explore"],
                options: [("--alpha", .spec), ("--weight", .spec), ("--target", .target), ("--target-file", .targetFile),
                          ("--steps", .count), ("--length", .count), ("--rounding", .choice), ("--seed", .seed),
                          ("--theme", .theme), ("--themes-dir", .folder), ("--trajectory", .targetFile)]),
        Command(base: ["explore", "--scores", "chen2025", "--task", "gsm8k"],
                options: [("--scores", .targetFile), ("--task", .choice), ("--score-metric", .choice)]),
        // --out under /dev/null can never be created, so an accepted value cannot write anywhere.
        Command(base: ["sweep", "--a", "0.5:1:2", "--b", "0.5:1:2", "--steps", "8", "--length", "64", "--task", "gsm8k",
                       "--model-path", "/models/llada", "--out", "/dev/null/unmask-sweep"],
                options: [("--a", .axis), ("--b", .axis), ("--steps", .count), ("--length", .count), ("--block-length", .count),
                          ("--rounding", .choice), ("--seed", .seed), ("--limit", .count), ("--gpus", .count),
                          ("--launcher-file", .targetFile)]),
        Command(base: ["scores", "weight", "--task", "gsm8k", "--steps", "64", "--weight-a", "0.5:1:2", "--weight-b", "0.5:1:2"],
                options: [("--weight-a", .axis), ("--weight-b", .axis), ("--steps", .count), ("--format", .format)]),
        Command(base: ["targets"], options: [("--format", .format)]),
        Command(base: ["info", "--target", "paper-extremes"],
                options: [("--target", .target), ("--target-file", .targetFile), ("--format", .format)]),
        Command(base: ["optimal", "--target", "paper-extremes", "--steps", "3"],
                options: [("--target", .target), ("--target-file", .targetFile), ("--steps", .count), ("--rounding", .choice),
                          ("--format", .format)]),
        Command(base: ["frontier", "--target", "paper-extremes", "--steps", "1,2", "--policies", "threshold:0.9"],
                options: [("--target", .target), ("--target-file", .targetFile), ("--steps", .count), ("--policies", .policyList),
                          ("--temperature", .temperature), ("--format", .format)]),
        Command(base: ["heatmap", "--metric", "kl-orders", "--target", "copy", "--steps", "3", "--a", "0.5:1:2", "--b", "0.5:1:2"],
                options: sampler + [("--target", .target), ("--target-file", .targetFile)]),
        Command(base: ["scores", "show"],
                options: [("--scores", .targetFile), ("--task", .choice), ("--steps", .count), ("--format", .format)]),
        Command(base: ["scores", "curves", "--task", "gsm8k"],
                options: [("--task", .choice), ("--scores", .targetFile), ("--score-metric", .choice), ("--width", .count),
                          ("--height", .count), ("--format", .format)]),
        Command(base: ["scores", "speedup"], options: [("--scores", .targetFile), ("--tolerance", .tolerance), ("--format", .format)]),
        Command(base: ["schedules"], options: [("--format", .format)]),
        // a file that is never there, so an accepted --format still fails on the file
        Command(base: ["trajectory", "/nonexistent/run.jsonl"], options: [("--format", .format)]),
        // standard input is no terminal in the tests, so an accepted option still fails there
        Command(base: ["lesson", "1-mask-schedules"],
                options: [("--theme", .theme), ("--themes-dir", .folder), ("--lessons-dir", .folder)]),
        Command(base: ["lesson", "--list"], options: [("--format", .format), ("--lessons-dir", .folder)]),
        Command(base: ["lesson", "--check", "/nonexistent/lesson.toml"], options: [("--check", .targetFile)]),
    ]

    /// `base` with `option`'s value replaced by `value`, or the option appended.
    static func replacing(_ option: String, with value: String, in base: [String]) -> [String] {
        if let index = base.firstIndex(of: option) {
            var arguments = base
            arguments[index + 1] = value
            return arguments
        }
        return base + [option, value]
    }

    /// Every single-option case, then the cases that do not depend on values.
    static var standardCases: [[String]] {
        var cases: [[String]] = []
        for command in commands {
            for (option, kind) in command.options {
                for value in kind.badValues where !isAccepted(value, option: option) {
                    cases.append(replacing(option, with: value, in: command.base))
                }
            }
            cases.append(command.base + ["--no-such-option", "1"])
            cases.append(command.base + ["stray"])
            if let (option, _) = command.options.first {
                let value = command.base.firstIndex(of: option).map { command.base[$0 + 1] } ?? "1"
                cases.append(replacing(option, with: value, in: command.base) + [option, value])
                cases.append(replacing(option, with: value, in: command.base) + ["\(option)=\(value)"])
            }
        }
        cases += [["help", "bogus"], ["help", "heatmap", "bogus"], ["help", "scores", "bogus"], ["scores", "bogus"], ["frobnicate"], ["--frobnicate"], ["\u{1B}[2J"]]
        return cases
    }

    /// The listed bad values that an option accepts: 10^6 + 1 is within the sample limit and
    /// within lm-evaluation-harness's item limit.
    private static func isAccepted(_ value: String, option: String) -> Bool {
        (option == "--samples" || option == "--limit") && value == "1000001"
    }

    /// `count` cases: the standard ones first, then pairs of bad options drawn with `seed`.
    static func cases(count: Int, seed: UInt64) -> [[String]] {
        var cases = standardCases
        var generator = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        while cases.count < count {
            let command = commands[next(commands.count)]
            guard command.options.count >= 2 else { continue }
            let first = command.options[next(command.options.count)]
            let second = command.options[next(command.options.count)]
            guard first.0 != second.0 else { continue }
            let firstValue = first.1.badValues[next(first.1.badValues.count)]
            let secondValue = second.1.badValues[next(second.1.badValues.count)]
            if isAccepted(firstValue, option: first.0) || isAccepted(secondValue, option: second.0) {
                continue
            }
            cases.append(replacing(second.0, with: secondValue, in: replacing(first.0, with: firstValue, in: command.base)))
        }
        return Array(cases.prefix(count))
    }
}
