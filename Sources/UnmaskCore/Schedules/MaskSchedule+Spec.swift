extension MaskSchedule: CustomStringConvertible {
    /// The canonical spec that parses back to this schedule, e.g. `beta:0.9,0.3` or `poly:2`.
    public var description: String {
        switch family {
        case let .beta(a, b): return "beta:\(a.compactDescription),\(b.compactDescription)"
        case .linear: return "linear"
        case .sine: return "sine"
        case .cosine: return "cosine"
        case .sin2: return "sin2"
        case let .poly(k): return "poly:\(k.compactDescription)"
        case let .polyMask(k): return "polymask:\(k.compactDescription)"
        }
    }

    /// Parses a spec (see `ScheduleSpec`).
    public init(spec: String) throws(ScheduleSpecError) {
        self = try ScheduleSpec.parse(spec)
    }
}

extension Double {
    /// The shortest text that reads back as this value, without a trailing `.0` on integers.
    public var compactDescription: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return "\(self)"
    }
}
