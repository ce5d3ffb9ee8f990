/// A resolved theme entry: a style (colour keys are styles with only a foreground) or a list of
/// colours (ramps and series).
public enum ThemeValue: Equatable, Sendable {
    case style(Style)
    case colors([TerminalColor])
}
