import TOMLKit
import UnmaskCore

/// Reads a theme file (TOML, parsed by TOMLKit) into a `Theme`. Keys the file does not set keep
/// the values of `base` (the standard theme), so themes may be partial; unknown keys are
/// reported as warnings with their line; syntax errors and bad values are errors with line and
/// column.
///
///     name = "dark"
///     [ui.border]
///     normal = "#585858"                          # a colour: #RRGGBB, an ANSI name or default
///     focus = { fg = "#5fafff", bold = true }     # or a style table: fg, bg, bold, dim, reverse, underline
///     [heatmap]
///     stops = ["#440154", "#21908c", "#fde725"]   # lists of colours for ramps and series
public struct ThemeParser {
    public let file: String
    public let source: String
    private let locations: TOMLKeyLocations

    /// LF and CRLF line ends both work (TOML allows both). A lone CR elsewhere is a syntax
    /// error with its line and column, as TOML has it; a lone CR ending the file (a CRLF file
    /// that lost its last LF) is dropped, as it cannot change any position before it.
    public init(source: String, file: String) {
        self.source = TOMLKeyLocations.source(source)
        self.file = file
        locations = TOMLKeyLocations(source: self.source)
    }

    /// The theme and the warnings about keys it ignored.
    public func parse(name: String, base: Theme = .standard) throws(ThemeError) -> (theme: Theme, warnings: [ThemeWarning]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw .malformed(file: file, line: error.source.begin.line, column: error.source.begin.column,
                             message: error.description)
        } catch {
            throw .malformed(file: file, line: 1, column: 1, message: "\(error)")
        }
        var theme = base
        theme.name = name
        var warnings: [ThemeWarning] = []
        try read(table, prefix: [], into: &theme, warnings: &warnings)
        // Tables iterate in no fixed order; warnings come in file order so the first ones shown
        // (`ThemeWarning.lines`) are the first in the file.
        warnings.sort { ($0.line, $0.message) < ($1.line, $1.message) }
        return (theme, warnings)
    }

    private func read(_ table: TOMLTable, prefix: [String], into theme: inout Theme,
                      warnings: inout [ThemeWarning]) throws(ThemeError) {
        for (key, value) in table {
            let path = prefix + [key]
            let dotted = path.joined(separator: ".")
            if prefix.isEmpty, ThemeKey.metadataKeys.contains(key) {
                guard let text = value.string else { throw invalid(dotted, "must be a string") }
                if key == "description" { theme.description = text }
                continue
            }
            if let themeKey = ThemeKey(rawValue: dotted) {
                theme.set(themeKey, try parseValue(value, for: themeKey))
            } else if let child = value.table, ThemeKey.allCases.contains(where: { $0.rawValue.hasPrefix(dotted + ".") }) {
                try read(child, prefix: path, into: &theme, warnings: &warnings)
            } else {
                let line = locations.location(of: dotted)?.line ?? 1
                warnings.append(ThemeWarning(file: file, line: line, message: "unknown key '\(escapedForEcho(dotted))' (ignored)"))
            }
        }
    }

    private func parseValue(_ value: TOMLValueConvertible, for key: ThemeKey) throws(ThemeError) -> ThemeValue {
        switch key.kind {
        case .color:
            guard let text = value.string else { throw invalid(key.rawValue, "must be a colour string") }
            return .style(Style(foreground: try color(text, key: key.rawValue)))
        case .style:
            if let text = value.string { return .style(Style(foreground: try color(text, key: key.rawValue))) }
            guard let table = value.table else { throw invalid(key.rawValue, "must be a colour string or a style table { fg, bg, bold, … }") }
            return .style(try style(table, key: key.rawValue))
        case let .colors(minimum):
            guard let array = value.array else { throw invalid(key.rawValue, "must be an array of colours") }
            var colors: [TerminalColor] = []
            for element in array {
                guard let text = element.string else { throw invalid(key.rawValue, "must be an array of colour strings") }
                colors.append(try color(text, key: key.rawValue))
            }
            guard colors.count >= minimum else { throw invalid(key.rawValue, "needs at least \(minimum) colours") }
            return .colors(colors)
        }
    }

    private func style(_ table: TOMLTable, key: String) throws(ThemeError) -> Style {
        var style = Style()
        for (field, value) in table {
            switch field {
            case "fg", "bg":
                guard let text = value.string else { throw invalid(key, "\(field) must be a colour string") }
                let parsed = try color(text, key: key)
                if field == "fg" { style.foreground = parsed } else { style.background = parsed }
            default:
                guard let attribute = CellAttributes.named.first(where: { $0.name == field })?.attribute else {
                    let valid = (["fg", "bg"] + CellAttributes.named.map(\.name)).joined(separator: ", ")
                    throw invalid(key, "unknown style field '\(escapedForEcho(field))' (valid: \(valid))")
                }
                guard let on = value.bool else { throw invalid(key, "\(field) must be true or false") }
                if on { style.attributes.insert(attribute) }
            }
        }
        return style
    }

    private func color(_ text: String, key: String) throws(ThemeError) -> TerminalColor {
        guard let color = TerminalColor(parsing: text) else {
            throw invalid(key, "'\(escapedForEcho(text))' is not a colour (#RRGGBB, an ANSI name such as bright-blue, or default)")
        }
        return color
    }

    private func invalid(_ key: String, _ message: String) -> ThemeError {
        let location = locations.location(of: key)
        return .invalidValue(file: file, line: location?.line ?? 1, column: location?.column ?? 1, key: key, message: message)
    }
}
