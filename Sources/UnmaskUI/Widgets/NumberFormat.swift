import Foundation

/// How numbers are written on screen: short, and `+∞` for infinity.
enum NumberFormat {
    /// Four significant digits for readouts, e.g. 17.72, 9.870, 1234, 1.2e+05; `+∞`, `…` for NaN.
    static func readout(_ value: Double) -> String {
        if value.isNaN { return "…" }
        if value == .infinity { return "+∞" }
        let magnitude = abs(value)
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e5 { return String(format: "%.2e", value) }
        if magnitude >= 1000 { return String(format: "%.0f", value) }
        if magnitude >= 100 { return String(format: "%.1f", value) }
        if magnitude >= 10 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }

    /// A readout that may be missing or hidden: `–` for nil, `?` while `concealed` (a lesson's
    /// question awaits its answer, `Model.concealsReadings`).
    static func readout(_ value: Double?, concealed: Bool) -> String {
        concealed ? "?" : value.map(readout) ?? "–"
    }

    /// At most `width` characters, for axis and colour-bar labels.
    static func label(_ value: Double, width: Int = 5) -> String {
        if value == .infinity { return "+∞" }
        for digits in stride(from: 2, through: 0, by: -1) {
            let text = String(format: "%.\(digits)f", value)
            if text.count <= width { return text }
        }
        return String(format: "%.0e", value)
    }
}
