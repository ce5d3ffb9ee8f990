/// Where a recorded run's tokens stand when its text is wrapped to a width: the prompt (its
/// tokens as drawn), a `▸` where the generated part begins, then every generated position in
/// a slot of fixed width (`RecordingState.slotColumns`), a `┊` before each block after the first,
/// and a line break after each token that ends in a newline. A pure function of the recording
/// and the width, so `update` (to scroll) and the view (to draw) agree.
public struct RecordingFlow: Equatable, Sendable {
    /// A place in the flow: row, first column, columns.
    public struct Slot: Equatable, Sendable {
        public let row: Int
        public let x: Int
        public let width: Int
    }

    public let prompt: [Slot]
    public let positions: [Slot]
    /// Where the `▸` before the generated part and the `┊` before each later block stand.
    public let marks: [(slot: Slot, glyph: Character)]
    public let rowCount: Int

    public static func == (lhs: RecordingFlow, rhs: RecordingFlow) -> Bool {
        lhs.prompt == rhs.prompt && lhs.positions == rhs.positions && lhs.rowCount == rhs.rowCount
            && lhs.marks.map(\.slot) == rhs.marks.map(\.slot) && lhs.marks.map(\.glyph) == rhs.marks.map(\.glyph)
    }

    public init(_ recording: RecordingState, width: Int) {
        let width = Swift.max(1, width)
        var row = 0, x = 0
        func place(_ columns: Int) -> Slot {
            let columns = Swift.min(columns, width)
            if x + columns > width {
                row += 1
                x = 0
            }
            defer { x += columns }
            return Slot(row: row, x: x, width: columns)
        }
        func breakLine() {
            row += 1
            x = 0
        }
        var prompt: [Slot] = []
        for (index, text) in recording.prompt.enumerated() {
            prompt.append(place(Swift.min(RecordingState.maximumSlotColumns, Swift.max(1, text.terminalColumns))))
            if TokenDisplay.endsLine(recording.replay.file.header.prompt[index]) { breakLine() }
        }
        var marks: [(slot: Slot, glyph: Character)] = []
        if !prompt.isEmpty { marks.append((place(2), "▸")) }
        var positions: [Slot] = []
        for position in 0..<recording.length {
            if position > 0, position % recording.blockLength == 0 { marks.append((place(1), "┊")) }
            positions.append(place(recording.slotColumns[position]))
            if recording.breaksLine[position] { breakLine() }
        }
        self.prompt = prompt
        self.positions = positions
        self.marks = marks
        rowCount = x == 0 && row > 0 ? row : row + 1
    }
}
