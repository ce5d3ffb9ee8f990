import Foundation
import UnmaskTestSupport
import Testing
import UnmaskUI

@Suite("UI terminal requirements: pipes and dumb terminals get one line and exit 64")
struct TerminalRequirementTests {
    @Test func checks() {
        #expect(throws: TerminalRequirementError.notATerminal("standard input")) {
            try TerminalRequirements.check(inputIsTerminal: false, outputIsTerminal: true, term: "xterm")
        }
        #expect(throws: TerminalRequirementError.notATerminal("standard output")) {
            try TerminalRequirements.check(inputIsTerminal: true, outputIsTerminal: false, term: "xterm")
        }
        #expect(throws: TerminalRequirementError.termNotSet) {
            try TerminalRequirements.check(inputIsTerminal: true, outputIsTerminal: true, term: "")
        }
        #expect(throws: TerminalRequirementError.dumbTerminal) {
            try TerminalRequirements.check(inputIsTerminal: true, outputIsTerminal: true, term: "dumb")
        }
        #expect(throws: Never.self) {
            try TerminalRequirements.check(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color")
        }
    }

    /// `unmask` with no arguments is the explorer; in a pipe it refuses before writing anything.
    @Test(arguments: [[], ["explore"]])
    func theBinaryRefusesPipes(arguments: [String]) throws {
        let result = try runUnmask(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty, "nothing written to the pipe")
        let message = result.standardError
        #expect(message == "unmask: the explorer needs a terminal, but standard input is not one (use the headless commands, e.g. `unmask heatmap`, in pipes)\n")
    }
}
