import Testing
import UnmaskUI

@Suite("UI key table: one action per key, all in the help")
struct KeyTableTests {
    @Test func noKeyIsBoundTwice() {
        let keys = KeyTable.explorer.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }

    @Test func theHelpOverlayListsEveryBinding() {
        var model = TestModels.model(width: 120, height: 50)
        _ = update(&model, .key(.character("?")))
        let screen = TestModels.render(model).textSnapshot
        for binding in KeyTable.explorer.listedBindings {
            #expect(screen.contains(binding.keyLabel), "\(binding.keyLabel)")
            #expect(screen.contains(String(binding.help.prefix(20))), "\(binding.help)")
        }
        // A binding that reverses another is named in that one's line (kept on one line by a
        // no-break space).
        for binding in KeyTable.explorer.bindings where !binding.listed {
            #expect(screen.contains("(\(binding.keyLabel):\u{00A0}back)"), "\(binding.keyLabel)")
        }
    }

    @Test func theIssuesKeysAreThere() {
        let table = KeyTable.explorer
        #expect(table.action(for: .character("q")) == .quit)
        #expect(table.action(for: .control("c")) == .quit)
        #expect(table.action(for: .escape) == .closeOverlay)
        #expect(table.action(for: .tab) == .focusNext)
        #expect(table.action(for: .character("p")) == .pinCursor)
        #expect(table.action(for: .character(" ")) == .playPause)
        #expect(table.action(for: .character("+")) == .addSteps(1))
        #expect(table.action(for: .character("-")) == .addSteps(-1))
        #expect(table.action(for: .character("k")) == .moveCursor(a: 0, b: 1))
    }
}
