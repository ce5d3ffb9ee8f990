/// The files of a sweep plan directory, as text: what `unmask sweep` writes.
///
///     DIR/plan.jsonl               one JSON object per cell
///     DIR/schedules/<name>.json    one schedule file per (a, b, N), shared by the tasks
///     DIR/run.sh                   the cells one after another
///     DIR/slurm.sbatch             a Slurm job array, one cell per array task
///     DIR/results/<id>/            each cell's output path (the launcher writes it)
///
/// Paths are absolute (DIR is made absolute by the caller), so the scripts run from any
/// directory, in particular from the launcher's own (LLaDA's checkout for eval_llada.py).
public struct SweepDirectory: Sendable {
    public let path: String
    public let plan: SweepPlan
    public let template: LauncherTemplate
    public let modelPath: String?
    /// lm-evaluation-harness's `--limit`: items per task (the paper's first round: 50–150).
    public let limit: Int?

    public init(path: String, plan: SweepPlan, template: LauncherTemplate, modelPath: String?, limit: Int?) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.plan = plan
        self.template = template
        self.modelPath = modelPath
        self.limit = limit
    }

    public func scheduleFile(of cell: SweepCell) -> String { "\(path)/schedules/\(cell.scheduleName).json" }

    public func outputPath(of cell: SweepCell) -> String { "\(path)/results/\(cell.id)" }

    /// The cells' schedules, one per distinct file, in plan order.
    public var schedules: [(file: String, cell: SweepCell)] {
        var seen = Set<String>()
        return plan.cells.compactMap { cell in seen.insert(cell.scheduleName).inserted ? (scheduleFile(of: cell), cell) : nil }
    }

    /// The launcher command of one cell, quoted for a shell.
    public func command(of cell: SweepCell) throws(SweepDirectoryError) -> String {
        if let missing = template.fields.first(where: { value(of: $0, for: cell) == nil }) {
            throw .missingValue(missing)
        }
        do {
            return try template.command { value(of: $0, for: cell) ?? "" }
        } catch {
            throw .template(error)
        }
    }

    /// What a placeholder stands for in one cell; nil where the sweep was given no value for it.
    func value(of field: LauncherTemplate.Field, for cell: SweepCell) -> String? {
        switch field {
        case .id: return cell.id
        case .task: return cell.task
        case .a: return cell.a.compactDescription
        case .b: return cell.b.compactDescription
        case .steps: return String(cell.steps)
        case .genLength: return String(cell.genLength)
        case .blockLength: return String(cell.blockLength)
        case .modelPath: return modelPath
        case .scheduleFile: return scheduleFile(of: cell)
        case .outputPath: return outputPath(of: cell)
        case .limit: return limit.map(String.init)
        }
    }

    /// The scripts' entries: each cell's id, output path and command.
    public func entries() throws(SweepDirectoryError) -> [SweepScripts.Entry] {
        var entries: [SweepScripts.Entry] = []
        for cell in plan.cells {
            entries.append(SweepScripts.Entry(id: cell.id, outputPath: outputPath(of: cell), command: try command(of: cell)))
        }
        return entries
    }

    /// `plan.jsonl`: one object per cell with the fields id, a, b, steps, gen_length,
    /// block_length, task, schedule_file, output_path, command (and limit, when given), in that order.
    public func planLines(_ entries: [SweepScripts.Entry]) -> String {
        zip(plan.cells, entries).map { cell, entry in
            var fields: [(String, String)] = [
                ("id", JSONText.string(cell.id)), ("a", cell.a.compactDescription), ("b", cell.b.compactDescription),
                ("steps", String(cell.steps)), ("gen_length", String(cell.genLength)),
                ("block_length", String(cell.blockLength)), ("task", JSONText.string(cell.task)),
                ("schedule_file", JSONText.string(scheduleFile(of: cell))), ("output_path", JSONText.string(entry.outputPath)),
                ("command", JSONText.string(entry.command)),
            ]
            if let limit { fields.append(("limit", String(limit))) }
            return JSONText.object(fields) + "\n"
        }.joined()
    }
}

public enum SweepDirectoryError: Error, Equatable, CustomStringConvertible {
    case missingValue(LauncherTemplate.Field)
    case template(LauncherTemplateError)

    public var description: String {
        switch self {
        case let .missingValue(field):
            let option = field == .modelPath ? "--model-path P" : field == .limit ? "--limit N" : "a value"
            return "the launcher template uses {\(field.rawValue)}, which needs \(option)"
        case let .template(error): return error.description
        }
    }
}
