import Foundation

/// The scores in one results file of lm-evaluation-harness 0.4.x (`results_<date>.json`, written
/// by `--output_path`): `results[task]["<metric>,<filter>"]` is a score and
/// `results[task]["<metric>_stderr,<filter>"]` its standard error (or the string "N/A"); the
/// schedule and the sampler's settings come from `config.model_args`, a string `k=v,k=v` or an
/// object, keys `sched_a`, `sched_b`, `schedule`, `steps`, `gen_length`.
///
/// The schedule is `beta:A,B` with a = sched_a, b = sched_b when both are given; else the
/// model_args' `schedule` (a and b given only when it is `linear`, Beta(0.5, 0.5)); else `linear`,
/// LLaDA's default. `steps` is required; `gen_length` is optional. Keys of a task without a
/// comma (`alias`, `samples`) are not scores and are skipped. Numbers are read exactly (`JSONValue`).
public enum LMEvalResults {
    public static func rows(json text: String, path: String) throws(LMEvalResultsError) -> [ScoreRow] {
        func fail(_ key: String, _ problem: String) -> LMEvalResultsError {
            LMEvalResultsError(path: path, key: key, problem: problem)
        }
        let root: JSONValue
        do {
            root = try JSONValue(parsing: text)
        } catch {
            throw LMEvalResultsError(path: path, key: nil, problem: "not valid JSON")
        }
        guard let object = root.object else { throw fail("", "the top level is not an object") }
        guard let results = object["results"] else { throw fail("results", "missing") }
        guard let tasks = results.object else { throw fail("results", "not an object") }
        guard let config = object["config"]?.object else { throw fail("config", object["config"] == nil ? "missing" : "not an object") }
        guard let rawArguments = config["model_args"] else { throw fail("config.model_args", "missing") }
        let arguments = try modelArguments(rawArguments, fail: fail)

        func number(_ key: String) throws(LMEvalResultsError) -> Double? {
            guard let text = arguments[key] else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw fail("config.model_args.\(key)", "'\(escapedForEcho(text))' is not a finite number")
            }
            return value
        }
        func count(_ key: String) throws(LMEvalResultsError) -> Int? {
            guard let text = arguments[key] else { return nil }
            guard let value = Int(text), value > 0 else {
                throw fail("config.model_args.\(key)", "'\(escapedForEcho(text))' is not a positive whole number")
            }
            return value
        }
        let schedule: String, a: Double?, b: Double?
        switch (try number("sched_a"), try number("sched_b")) {
        case let (givenA?, givenB?):
            guard givenA > 0 else { throw fail("config.model_args.sched_a", "\(givenA.compactDescription) is not positive") }
            guard givenB > 0 else { throw fail("config.model_args.sched_b", "\(givenB.compactDescription) is not positive") }
            (schedule, a, b) = (MaskSchedule(.beta(a: givenA, b: givenB)).description, givenA, givenB)
        case (.some, nil): throw fail("config.model_args.sched_b", "missing (sched_a is given)")
        case (nil, .some): throw fail("config.model_args.sched_a", "missing (sched_b is given)")
        case (nil, nil):
            let name = arguments["schedule"] ?? "linear"
            guard !name.isEmpty else { throw fail("config.model_args.schedule", "empty") }
            (schedule, a, b) = name == "linear" ? (name, 0.5, 0.5) : (name, nil, nil)
        }
        guard let steps = try count("steps") else { throw fail("config.model_args.steps", "missing") }
        let genLength = try count("gen_length")

        var rows: [ScoreRow] = []
        for task in tasks.keys.sorted() {
            guard let values = tasks[task]?.object else { throw fail("results.\(task)", "not an object") }
            for key in values.keys.sorted() where key.contains(",") {
                let parts = key.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
                if parts[0].hasSuffix("_stderr") { continue }
                guard let score = finite(values[key]) else {
                    throw fail("results.\(task).\(key)", "not a finite number")
                }
                let stderrKey = String(parts[0]) + "_stderr," + String(parts[1])
                var stderr: Double?
                if let value = values[stderrKey], value.string != "N/A" {
                    guard let number = finite(value), number >= 0 else {
                        throw fail("results.\(task).\(stderrKey)", "neither a number ≥ 0 nor \"N/A\"")
                    }
                    stderr = number
                }
                rows.append(ScoreRow(schedule: schedule, a: a, b: b, task: task, steps: steps, genLength: genLength,
                                     metric: key, score: score, stderr: stderr))
            }
        }
        return rows
    }

    /// `k=v,k=v` or an object of strings, numbers and booleans, as strings.
    static func modelArguments(_ raw: JSONValue, fail: (String, String) -> LMEvalResultsError) throws(LMEvalResultsError) -> [String: String] {
        var arguments: [String: String] = [:]
        if let text = raw.string {
            for pair in text.split(separator: ",") where !pair.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw fail("config.model_args", "'\(escapedForEcho(String(pair)))' is not key=value")
                }
                arguments[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
            }
            return arguments
        }
        guard let object = raw.object else { throw fail("config.model_args", "neither a string nor an object") }
        for (key, value) in object {
            switch value {
            case let .number(text): arguments[key] = text
            case let .string(text): arguments[key] = text
            case let .bool(flag): arguments[key] = flag ? "True" : "False"
            case .null: continue
            case .object, .array: throw fail("config.model_args.\(key)", "neither a string, a number nor a boolean")
            }
        }
        return arguments
    }

    /// A finite JSON number.
    private static func finite(_ value: JSONValue?) -> Double? {
        guard let number = value?.double, number.isFinite else { return nil }
        return number
    }
}

/// Why a results file was skipped: `path: key: problem`, path and key escaped.
public struct LMEvalResultsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let key: String?
    public let problem: String

    public var description: String {
        escapedForEcho(path) + ": " + (key.map { "\(escapedForEcho($0)): " } ?? "") + problem
    }
}
