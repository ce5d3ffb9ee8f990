/// What the input decoder makes of the bytes a terminal sends.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// Text the terminal delivered as a bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`): never
    /// keys, so pasted text cannot trigger commands.
    case paste(String)
}
