import Foundation
import UnmaskCore

/// The exact denoiser at the masked positions of one context z (docs/theory.md §9),
///
///     q(x^i = v | z) = Σ_{x ~ z, x^i = v} q(x) / Σ_{x ~ z} q(x),
///
/// in a box at the bottom of the rectangle it is drawn in: one row per masked position i
/// (`@i`, counted from 0 as `unmask sample` writes them), its values of positive probability as
/// horizontal bars in eighths of a cell, most probable first (ties in alphabet order), as many as
/// the width allows and then how many were left out. `▸` marks the value the step drew, which is
/// always shown. In a context no target sequence agrees with every masked position is uniform,
/// the sampler's fallback, and the first line says so.
public struct DenoiserOverlay: Widget {
    public let target: ToyTarget
    /// The partial sequence the step draws from (`maskToken` where masked).
    public let context: [UInt8]
    /// The step that draws from `context`.
    public let step: Int
    /// The values that step drew, by position; nil while the step has not been shown.
    public let drawn: [Int: UInt8]?
    public let theme: Theme

    public init(target: ToyTarget, context: [UInt8], step: Int, drawn: [Int: UInt8]?, theme: Theme) {
        self.target = target
        self.context = context
        self.step = step
        self.drawn = drawn
        self.theme = theme
    }

    /// Cells of a bar at probability 1.
    static let barWidth = 6
    /// Blank columns between two values.
    static let gap = 2
    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One value of one position: its token and q(x^i = v | z).
    struct Entry: Equatable {
        let token: UInt8
        let probability: Double
    }

    /// The values of positive probability in one distribution, most probable first; probabilities
    /// equal to 12 decimals are ties (sums over the support differ in the last bits: 1/3 is not
    /// always 1/3) and go in token order.
    static func entries(_ distribution: [Double]) -> [Entry] {
        func rank(_ entry: Entry) -> Double { (entry.probability * 1e12).rounded() }
        return distribution.enumerated().filter { $0.element > 0 }
            .map { Entry(token: UInt8($0.offset), probability: $0.element) }
            .sorted { rank($0) != rank($1) ? rank($0) > rank($1) : $0.token < $1.token }
    }

    /// A bar of `barWidth` cells for a probability, rounded to eighths of a cell and at least one
    /// eighth for any positive value, padded with spaces.
    static func bar(_ probability: Double) -> String {
        let eighths = Swift.max(probability > 0 ? 1 : 0, Int((probability * Double(barWidth * 8)).rounded()))
        let full = String(repeating: "█", count: eighths / 8)
        let partial = eighths % 8 == 0 ? "" : String(partialBlocks[eighths % 8 - 1])
        return (full + partial).padding(toLength: barWidth, withPad: " ", startingAt: 0)
    }

    /// A probability in four columns: `0.62`, `1.00`, and `<.01` below 0.005.
    static func probabilityText(_ probability: Double) -> String {
        probability < 0.005 ? "<.01" : String(format: "%.2f", probability)
    }

    /// The box for a context with `masked` masked positions at the bottom of `rect`: the border, the
    /// first line and a row per position, as far as `rect` has rows; nil where it cannot be drawn.
    public static func box(in rect: Rect, masked: Int) -> Rect? {
        let height = Swift.min(rect.height, 3 + Swift.max(1, masked))
        guard height >= 4, rect.width >= 40 else { return nil }
        return Rect(x: rect.x, y: rect.maxY - height, width: rect.width, height: height)
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let masked = context.indices.filter { context[$0] == maskToken }
        guard let box = Self.box(in: rect, masked: masked.count) else { return }
        buffer.fill(box, style: theme.base)
        let panel = Panel(title: "Denoiser of step \(step) · d or Esc closes", borderStyle: theme[.borderFocus],
                          titleStyle: theme[.titleFocus])
        panel.draw(in: box, into: &buffer)
        let area = panel.content(in: box)
        let denoising = target.denoiser(given: context)
        let text = target.text(of: context)
        let header = !denoising.isValidContext
            ? "no target sequence agrees with \(text): step \(step) draws uniformly"
            : drawn == nil ? "step \(step) will draw from q(value at @i | \(text))"
            : drawn?.isEmpty == true ? "step \(step) revealed nothing; it had q(value at @i | \(text))"
            : "step \(step) drew from q(value at @i | \(text)); ▸ the values drawn"
        buffer.write(header, x: area.x, y: area.y, style: denoising.isValidContext ? theme[.muted] : theme[.error], limit: area.maxX)
        guard !masked.isEmpty else {
            buffer.write("nothing is masked before step \(step)", x: area.x, y: area.y + 1, style: theme[.muted], limit: area.maxX)
            return
        }
        let rows = area.height - 1
        let shown = masked.count <= rows ? masked : Array(masked.prefix(rows - 1))
        let labelWidth = "@\(target.length - 1)".count + 1
        for (row, position) in shown.enumerated() {
            drawRow(position, entries: Self.entries(denoising.distributions[position]), labelWidth: labelWidth,
                    at: (area.x, area.y + 1 + row), limit: area.maxX, into: &buffer)
        }
        if shown.count < masked.count {
            buffer.write("… \(masked.count - shown.count) more masked positions (a taller terminal shows them)",
                         x: area.x, y: area.y + 1 + shown.count, style: theme[.muted], limit: area.maxX)
        }
    }

    /// `@3 ▸b ████▌  0.75   a █▌     0.25`, cut to the values that fit with `+k more` after them;
    /// the value drawn is kept even when it ranks below the cut.
    private func drawRow(_ position: Int, entries: [Entry], labelWidth: Int, at origin: (x: Int, y: Int), limit: Int,
                         into buffer: inout CellBuffer) {
        buffer.write("@\(position)", x: origin.x, y: origin.y, style: theme[.accent], limit: limit)
        var x = origin.x + labelWidth
        let symbolWidth = target.alphabet.map(\.terminalColumns).max() ?? 1
        // Each value takes entryWidth columns with the gap after it; the last needs no gap.
        let entryWidth = 1 + symbolWidth + 1 + Self.barWidth + 1 + 4 + Self.gap
        var count = Swift.min(entries.count, (limit - x + Self.gap) / entryWidth)
        if count < entries.count {
            count = Swift.max(0, (limit - x - "+\(entries.count) more".count) / entryWidth)
        }
        // The value drawn is always shown: in place of the last that fits when it ranks lower.
        var shown = Array(entries.prefix(count))
        if count > 0, let token = drawn?[position], !shown.contains(where: { $0.token == token }),
           let entry = entries.first(where: { $0.token == token }) {
            shown[count - 1] = entry
        }
        for entry in shown {
            let isDrawn = drawn?[position] == entry.token
            x = buffer.write(isDrawn ? "▸" : " ", x: x, y: origin.y, style: theme[.accent], limit: limit)
            let symbol = target.alphabet[Int(entry.token)]
            buffer.put(symbol, x: x, y: origin.y, style: isDrawn ? theme[.tokenText].patched(with: theme[.tokenCurrent]) : theme[.tokenText])
            x += symbolWidth + 1
            x = buffer.write(Self.bar(entry.probability), x: x, y: origin.y, style: theme[.tokenBar], limit: limit)
            x = buffer.write(" " + Self.probabilityText(entry.probability), x: x, y: origin.y, style: theme.base, limit: limit)
            x += Self.gap
        }
        if count < entries.count {
            buffer.write("+\(entries.count - count) more", x: x, y: origin.y, style: theme[.muted], limit: limit)
        }
    }
}
