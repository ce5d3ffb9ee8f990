import Testing
import UnmaskUI

/// The SWIFT_BACKTRACE value the explorer re-executes itself with: the user's settings kept,
/// made non-interactive, the report sent to standard error unless they chose where.
@Suite("UI program: the crash reporter's setting")
struct BacktraceSettingTests {
    @Test(arguments: [
        (nil, "interactive=no,output-to=stderr"),
        ("", "interactive=no,output-to=stderr"),
        ("interactive=yes", "interactive=yes,interactive=no,output-to=stderr"),
        ("color=no,output-to=/tmp/crash.txt", "color=no,output-to=/tmp/crash.txt,interactive=no"),
        ("interactive=no,interactive=tty", "interactive=no,interactive=tty,interactive=no,output-to=stderr"),
    ] as [(String?, String)])
    func madeNonInteractive(setting: String?, expected: String) {
        #expect(BacktraceSetting.nonInteractive(setting) == expected)
        #expect(BacktraceSetting.isNonInteractive(expected))
    }

    @Test(arguments: ["interactive=no", "interactive=NO,output-to=stderr", "enable=no", "interactive = false", "preset=full,interactive=0"])
    func alreadyNonInteractiveIsLeftAlone(setting: String) {
        #expect(BacktraceSetting.isNonInteractive(setting))
        #expect(BacktraceSetting.nonInteractive(setting) == nil)
    }
}
