import Testing
@testable import UnmaskUI

/// The bands of colouring by confidence without colour, at their edges: a confidence that is
/// 0.9 or ½ up to rounding, in double or in the single precision a recorded run keeps, is in the
/// band its exact value is in.
@Suite("UI widgets: confidence as bold, plain or dim")
struct ConfidenceEmphasisTests {
    static func band(_ confidence: Double) -> String {
        let attributes = ConfidenceEmphasis.style(Style(attributes: [.bold, .reverse]), confidence: confidence).attributes
        #expect(attributes.contains(.reverse), "other attributes are kept")
        return attributes.contains(.bold) ? "bold" : attributes.contains(.dim) ? "dim" : "plain"
    }

    @Test func theEdgesAreWhereTheirExactValuesPutThem() {
        for value in [0.9, 0.9000000000000205, 0.8999999999999999, Double(Float(0.9)), 0.97, 1] { #expect(Self.band(value) == "bold", "\(value)") }
        for value in [0.5, 0.49999999999999983, Double(Float(0.5)), 0.74, 0.899] { #expect(Self.band(value) == "plain", "\(value)") }
        for value in [0.4999, 0.42, 1.0 / 3, 0] { #expect(Self.band(value) == "dim", "\(value)") }
    }
}
