/// The work an exact evaluation has done, against its limit: each evaluation charges the
/// operations it performs and refuses (`stateSpaceTooLarge`) once they would exceed the limit,
/// so callers can fall back to Monte Carlo instead of waiting without bound; and stops
/// (`cancelled`) at the next charge once `cancellation` is set.
struct WorkMeter {
    let limit: Int
    let cancellation: CancellationFlag?
    private(set) var work = 0

    init(limit: Int, cancellation: CancellationFlag? = nil) {
        self.limit = limit
        self.cancellation = cancellation
    }

    mutating func charge(_ units: Int) throws(SamplerError) {
        work += units
        if work > limit { throw .stateSpaceTooLarge(work: work, limit: limit) }
        if let cancellation, cancellation.isCancelled { throw .cancelled }
    }

    /// Adds work done where nothing can stop (building projections the cache shares); the next
    /// `charge` counts it against the limit.
    mutating func record(_ units: Int) {
        work += units
    }

    /// Throws, without charging, when `units` of work still to come (counted in doubles, which
    /// cannot overflow) would exceed the limit: the check that keeps an enumeration too large
    /// to finish from being listed at all.
    func chargeAhead(_ units: Double) throws(SamplerError) {
        if Double(work) + units > Double(limit) {
            throw .stateSpaceTooLarge(work: Int(min(Double(work) + units, 0x1p62)), limit: limit)
        }
    }
}
