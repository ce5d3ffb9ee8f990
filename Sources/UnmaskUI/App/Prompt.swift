import UnmaskCore

/// A line of text the user types on the status line: an exact (a, b) to go to, or a schedule
/// SPEC for the weight or a pin. Enter submits it; a value that does not parse keeps the prompt
/// open with the error beside it, and Esc closes it.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// `a,b` (or `a b`): move the cursor there, zooming in as far as the point needs.
        case goTo
        /// A SPEC to measure the energies with.
        case weight
        /// A SPEC to pin next to the cursor's schedule.
        case pin
        /// A text to find in the recorded run: the first step it appears in is shown.
        case find
        /// A step of the recorded run to show (0 … its last).
        case step

        /// The label before the text.
        public var label: String {
            switch self {
            case .goTo: return "go to a,b:"
            case .weight: return "weight SPEC:"
            case .pin: return "pin SPEC:"
            case .find: return "find text:"
            case .step: return "go to step:"
            }
        }
    }

    /// The most characters a prompt holds.
    public static let maximumLength = 64

    public let purpose: Purpose
    public var text: String
    /// Why the last submission was refused, shown after the text until the next edit.
    public var error: String?

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// The point `a,b` names, on the 0.01 lattice the explorer's plane uses, or a one-line reason.
    static func point(from text: String) -> Result<BetaPoint, PromptError> {
        let fields = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard fields.count == 2, let a = Double(fields[0]), let b = Double(fields[1]) else {
            return .failure(PromptError("expected a,b, e.g. 0.9,0.3"))
        }
        let lowest = Double(BetaLattice.spacings[0]) / 100, highest = Double(BetaLattice.maximum) / 100
        for (name, value) in [("a", a), ("b", b)] where !(lowest...highest).contains(value) {
            return .failure(PromptError("\(name) = \(fields[name == "a" ? 0 : 1]) is outside \(lowest.compactDescription)…\(highest.compactDescription)"))
        }
        return .success(BetaPoint(a: Int((a * 100).rounded()), b: Int((b * 100).rounded())))
    }
}

/// Why a prompt's text was refused.
public struct PromptError: Error, Equatable, Sendable {
    public let message: String

    init(_ message: String) {
        self.message = message
    }
}
