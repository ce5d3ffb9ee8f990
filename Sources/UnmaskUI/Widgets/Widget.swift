/// Something that draws itself into a rectangle of a cell buffer. Everything a widget shows,
/// its styles included, is given when it is built, so that drawing has one signature for all.
public protocol Widget {
    /// Draws into `rect` of `buffer`; nothing is drawn outside the rectangle's cells that the
    /// widget uses, and drawing is clipped to the buffer.
    func draw(in rect: Rect, into buffer: inout CellBuffer)
}
