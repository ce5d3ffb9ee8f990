/// Something that draws itself into a rectangle of a cell buffer. Everything a widget shows,
/// its styles included, is given when it is built, so that drawing has one signature for all.
public protocol Widget {
    /// Draws the widget into `rect` of `buffer`, clipped to the buffer.
    func draw(in rect: Rect, into buffer: inout CellBuffer)
}
