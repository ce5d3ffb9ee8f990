extension Theme {
    /// The built-in default (dark background, viridis heatmap); `themes/dark.toml` spells out the
    /// same values, and a test keeps the two equal. Partial themes fall back to it, and it is what
    /// the explorer uses when no themes folder can be found.
    public static let standard = Theme(name: "dark", description: "dark background, viridis heatmap (the default)", values: [
        .foreground: .style(Style(foreground: .rgb(0xD0, 0xD0, 0xD0))),
        .background: .style(Style(foreground: .default)),
        .muted: .style(Style(foreground: .rgb(0x8A, 0x8A, 0x8A))),
        .accent: .style(Style(foreground: .rgb(0xFF, 0xD7, 0x5F), attributes: .bold)),
        .error: .style(Style(foreground: .rgb(0xFF, 0x5F, 0x5F), attributes: .bold)),
        .border: .style(Style(foreground: .rgb(0x58, 0x58, 0x58))),
        .borderFocus: .style(Style(foreground: .rgb(0x5F, 0xAF, 0xFF), attributes: .bold)),
        .title: .style(Style(foreground: .rgb(0xA8, 0xA8, 0xA8))),
        .titleFocus: .style(Style(foreground: .rgb(0x87, 0xD7, 0xFF), attributes: .bold)),
        .statusText: .style(Style(foreground: .rgb(0xBC, 0xBC, 0xBC), background: .rgb(0x30, 0x30, 0x30))),
        .statusKey: .style(Style(foreground: .rgb(0xFF, 0xD7, 0x5F), background: .rgb(0x30, 0x30, 0x30), attributes: .bold)),
        .helpText: .style(Style(foreground: .rgb(0xE4, 0xE4, 0xE4), background: .rgb(0x1C, 0x1C, 0x1C))),
        .helpKey: .style(Style(foreground: .rgb(0xFF, 0xD7, 0x5F), background: .rgb(0x1C, 0x1C, 0x1C), attributes: .bold)),
        .helpBorder: .style(Style(foreground: .rgb(0x5F, 0xAF, 0xFF), background: .rgb(0x1C, 0x1C, 0x1C))),
        .heatmapStops: .colors([
            .rgb(0x44, 0x01, 0x54), .rgb(0x3B, 0x52, 0x8B), .rgb(0x21, 0x90, 0x8C),
            .rgb(0x5D, 0xC8, 0x63), .rgb(0xFD, 0xE7, 0x25),
        ]),
        .heatmapInfinite: .style(Style(foreground: .rgb(0x6C, 0x6C, 0x6C), background: .rgb(0x26, 0x26, 0x26))),
        .heatmapPending: .style(Style(foreground: .rgb(0x4E, 0x4E, 0x4E))),
        .heatmapCursor: .style(Style(foreground: .rgb(0xFF, 0x00, 0x5F), attributes: .bold)),
        .heatmapOptimum: .style(Style(foreground: .rgb(0xFF, 0xFF, 0xFF), attributes: .bold)),
        .heatmapAxis: .style(Style(foreground: .rgb(0x9E, 0x9E, 0x9E))),
        .plotAxis: .style(Style(foreground: .rgb(0x6C, 0x6C, 0x6C))),
        .plotLabel: .style(Style(foreground: .rgb(0x9E, 0x9E, 0x9E))),
        .plotSeries: .colors([.rgb(0xFF, 0xD7, 0x5F), .rgb(0x5F, 0xD7, 0xFF), .rgb(0xFF, 0x87, 0xD7), .rgb(0x87, 0xFF, 0x87)]),
        .tokenMask: .style(Style(foreground: .rgb(0x6C, 0x6C, 0x6C))),
        .tokenText: .style(Style(foreground: .rgb(0xEE, 0xEE, 0xEE), attributes: .bold)),
        .tokenSteps: .colors([
            .rgb(0x5F, 0xD7, 0xFF), .rgb(0x87, 0xFF, 0x87), .rgb(0xFF, 0xD7, 0x5F),
            .rgb(0xFF, 0x87, 0x5F), .rgb(0xD7, 0x87, 0xFF), .rgb(0xFF, 0x87, 0xAF),
        ]),
        .tokenProbability: .colors([.rgb(0xD7, 0x5F, 0x5F), .rgb(0xD7, 0xD7, 0x5F), .rgb(0x5F, 0xD7, 0x87)]),
        .tokenZero: .style(Style(foreground: .rgb(0xFF, 0x5F, 0x5F))),
        .tokenBar: .style(Style(foreground: .rgb(0x5F, 0xAF, 0xD7))),
        .tokenCurrent: .style(Style(attributes: [.reverse, .bold])),
    ])
}
