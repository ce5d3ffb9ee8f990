import UnmaskCore

/// Checks a count option against its range, naming the option, the value and the limit.
func requireCount(_ value: Int, _ description: String, atMost limit: Int) throws(UsageError) {
    guard value >= 1 else { throw UsageError("\(description) = \(value) must be at least 1") }
    guard value <= limit else { throw UsageError("\(description) = \(value) is above the limit of \(limit)") }
}
