/// How score tables write numbers: the shortest text that reads back exactly, with a whole
/// number written without `.0` (so `beta:1,0.2`, as the paper names it).
public enum ScoreNumber {
    public static func text(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The Beta schedule's name `beta:A,B`.
    public static func betaName(_ a: Double, _ b: Double) -> String {
        "beta:\(text(a)),\(text(b))"
    }
}
