/// The expected `ColorMappingTests.table()`: per theme, the heatmap ramp's colour numbers per
/// level at 8 and 256 colours, and the colour numbers of the marks at 8, 16 and 256.
enum ColorMappingSnapshot {
    static let expected = """
        colorblind ramp@8: 4 4 4 7 3 3 3 3
        colorblind ramp@256: 16 17 18 53 54 23 24 59 60 61 95 96 65 66 67 101 102 103 137 138 107 108 143 144 179 180 149 185 186 221 191 227
        colorblind marks@8: ui.border.normal=7 heatmap.pending=7 heatmap.infinite=7 heatmap.optimum=3
        colorblind marks@16: ui.border.normal=8 heatmap.pending=8 heatmap.infinite=8 heatmap.optimum=3
        colorblind marks@256: ui.border.normal=240 heatmap.pending=239 heatmap.infinite=245 heatmap.optimum=178
        dark ramp@8: 4 4 6 6 6 6 3 3
        dark ramp@256: 17 53 54 89 90 23 24 25 59 60 61 29 30 31 66 67 35 36 37 71 72 107 108 77 78 113 114 149 184 185 220 226
        dark marks@8: ui.border.normal=7 heatmap.pending=7 heatmap.infinite=7 heatmap.optimum=7
        dark marks@16: ui.border.normal=8 heatmap.pending=8 heatmap.infinite=8 heatmap.optimum=15
        dark marks@256: ui.border.normal=240 heatmap.pending=239 heatmap.infinite=242 heatmap.optimum=231
        high-contrast ramp@8: 7 4 5 1 1 3 3 7
        high-contrast ramp@256: 16 17 18 52 53 54 88 55 89 90 91 125 126 95 96 161 131 132 166 167 202 203 172 208 178 214 215 185 221 222 228 229
        high-contrast marks@8: ui.border.normal=7 heatmap.pending=7 heatmap.infinite=7 heatmap.optimum=6
        high-contrast marks@16: ui.border.normal=8 heatmap.pending=8 heatmap.infinite=15 heatmap.optimum=14
        high-contrast marks@256: ui.border.normal=248 heatmap.pending=244 heatmap.infinite=231 heatmap.optimum=51
        light ramp@8: 0 0 4 4 1 1 1 1
        light ramp@256: 17 53 54 89 90 23 24 25 59 60 61 29 30 31 66 67 35 36 37 71 72 107 108 77 78 113 114 149 184 185 220 226
        light marks@8: ui.border.normal=0 heatmap.pending=0 heatmap.infinite=0 heatmap.optimum=0
        light marks@16: ui.border.normal=8 heatmap.pending=8 heatmap.infinite=8 heatmap.optimum=8
        light marks@256: ui.border.normal=249 heatmap.pending=250 heatmap.infinite=247 heatmap.optimum=231
        mono ramp@8: -1 -1 -1 -1 -1 -1 -1 -1
        mono ramp@256: -1 -1 -1 -1 -1 -1 -1 -1
        mono marks@8: ui.border.normal=-1 heatmap.pending=-1 heatmap.infinite=-1 heatmap.optimum=-1
        mono marks@16: ui.border.normal=-1 heatmap.pending=-1 heatmap.infinite=-1 heatmap.optimum=-1
        mono marks@256: ui.border.normal=-1 heatmap.pending=-1 heatmap.infinite=-1 heatmap.optimum=-1
        projector ramp@8: 4 4 5 1 1 1 1 1
        projector ramp@256: 17 18 19 53 54 55 90 56 91 125 126 127 161 162 131 196 197 166 167 202 203 172 208 209 178 214 215 184 220 221 190 226
        projector marks@8: ui.border.normal=0 heatmap.pending=0 heatmap.infinite=0 heatmap.optimum=0
        projector marks@16: ui.border.normal=0 heatmap.pending=8 heatmap.infinite=0 heatmap.optimum=8
        projector marks@256: ui.border.normal=16 heatmap.pending=244 heatmap.infinite=16 heatmap.optimum=231
        """
}
