/// The exact inverse of `GridAxis.value(at:)` for values that came from it, fast enough to
/// run once per cell of a plane: the index whose value equals `value` bit for bit, or nil.
///
/// On a linear axis the index is predicted as round((v − min)·(count − 1)/(max − min)) and
/// checked against the stored value and its neighbours; a logarithmic axis, whose prediction
/// would need a logarithm per call, is searched by bisection of its stored values.
struct GridAxisLookup: Sendable {
    private let values: [Double]
    /// (count − 1)/(max − min) on a linear axis with max > min; nil otherwise.
    private let scale: Double?
    private let minimum: Double

    init(_ axis: GridAxis) {
        values = axis.values
        minimum = axis.min
        scale = axis.spacing == .linear && axis.max > axis.min ? Double(axis.count - 1) / (axis.max - axis.min) : nil
    }

    /// The index of `value` on the axis, if it is exactly one of the axis's values.
    func index(of value: Double) -> Int? {
        if let scale {
            let guess = (value - minimum) * scale
            guard guess > -1, guess < Double(values.count) else { return nil }
            let predicted = Int(guess + 0.5)
            if predicted < values.count, values[predicted] == value { return predicted }
            if predicted > 0, values[predicted - 1] == value { return predicted - 1 }
            if predicted + 1 < values.count, values[predicted + 1] == value { return predicted + 1 }
            return nil
        }
        var low = 0, high = values.count - 1
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return values[low] == value ? low : nil
    }
}
