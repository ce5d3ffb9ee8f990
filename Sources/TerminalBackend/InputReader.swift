import Dispatch
import Glibc
import Synchronization
import UnmaskUI

/// Reads and decodes standard input on a queue of its own and hands the messages to the main
/// actor, so keys are read even while the main queue is busy (drawing a large heatmap, taking in a
/// snapshot). A quit key also starts a deadline: if the process has not ended through the normal
/// path (the main actor's `quit`, which closes curses) within `quitDeadlineMilliseconds`, this
/// queue restores the terminal itself and ends the process with status 0.
///
/// A lone ESC, or a bracketed paste that has not ended, is timed out here after
/// `escapeDelayMilliseconds` or `pasteIdleMilliseconds` without input. End of input
/// (end of file, a hang-up, a read error) is reported once, with the messages before it.
final class InputReader: Sendable {
    /// Milliseconds a lone ESC waits for the rest of a sequence before it is the Esc key.
    static let escapeDelayMilliseconds = 25
    /// Most milliseconds a quit key waits for the main actor before the process ends anyway.
    static let quitDeadlineMilliseconds = 30
    /// Milliseconds without input after which a bracketed paste whose end never came is over, so
    /// that keys work again (a terminal sends a paste in one burst).
    static let pasteIdleMilliseconds = 250

    private struct State {
        var decoder = InputDecoder()
        /// Counts reads, so that a timeout knows whether input came after it was set.
        var reads = 0
        var ended = false
        /// The read source, kept here (it is not `Sendable`) and cancelled at end of input.
        var source: DispatchSourceRead?
    }

    private let descriptor: Int32
    private let queue = DispatchQueue(label: "unmask.input", qos: .userInteractive)
    private let state = Mutex(State())
    private let isQuit: @Sendable (Key) -> Bool
    private let deliver: @Sendable (_ messages: [Msg], _ inputEnded: Bool) -> Void

    /// Starts reading `descriptor`; `deliver` runs on the main actor, in the order input came.
    init(descriptor: Int32, isQuit: @escaping @Sendable (Key) -> Bool,
         deliver: @escaping @MainActor @Sendable (_ messages: [Msg], _ inputEnded: Bool) -> Void) {
        self.descriptor = descriptor
        self.isQuit = isQuit
        self.deliver = { messages, ended in
            DispatchQueue.main.async { MainActor.assumeIsolated { deliver(messages, ended) } }
        }
        state.withLock { state in
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            source.setEventHandler { [weak self] in self?.readAvailable() }
            source.resume()
            state.source = source
        }
    }

    /// Decodes every byte waiting without waiting for more, delivers the messages, and sets the
    /// timeout or the quit deadline they call for.
    private func readAvailable() {
        let (messages, ended, timeout, reads) = state.withLock { state -> ([Msg], Bool, Int?, Int) in
            guard !state.ended else { return ([], false, nil, state.reads) }
            state.reads += 1
            var events: [InputEvent] = []
            var bytes = [UInt8](repeating: 0, count: 4096)
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while !state.ended, poll(&request, 1, 0) > 0, request.revents & Int16(POLLIN | POLLHUP | POLLERR | POLLNVAL) != 0 {
                let count = read(descriptor, &bytes, bytes.count)
                if count > 0 {
                    events += state.decoder.feed(bytes[0..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    state.ended = true
                } else {
                    break
                }
            }
            if state.ended { state.source?.cancel() }
            return (events.compactMap(Self.message), state.ended, Self.timeout(of: state.decoder), state.reads)
        }
        if ended || messages.contains(where: { if case let .key(key) = $0 { isQuit(key) } else { false } }) {
            queue.asyncAfter(deadline: .now() + .milliseconds(Self.quitDeadlineMilliseconds)) {
                TerminalRestore.restoreIfActive()
                _exit(0)
            }
        }
        if !messages.isEmpty || ended { deliver(messages, ended) }
        guard let timeout, !ended else { return }
        queue.asyncAfter(deadline: .now() + .milliseconds(timeout)) { [weak self] in self?.timedOut(after: reads) }
    }

    /// No input came since read number `reads`: the pending ESC or paste ends.
    private func timedOut(after reads: Int) {
        let messages = state.withLock { state -> [Msg] in
            guard state.reads == reads, !state.ended else { return [] }
            let events = state.decoder.isInPaste ? state.decoder.endUnfinishedPaste() : state.decoder.timeout()
            return events.compactMap(Self.message)
        }
        if !messages.isEmpty { deliver(messages, false) }
    }

    /// How long to wait for more input before timing out what is pending, if anything is.
    private static func timeout(of decoder: InputDecoder) -> Int? {
        if decoder.isAwaitingTimeout { return escapeDelayMilliseconds }
        if decoder.isInPaste { return pasteIdleMilliseconds }
        return nil
    }

    /// An input event as a message; pastes are dropped, the explorer takes no text.
    private static func message(_ event: InputEvent) -> Msg? {
        switch event {
        case let .key(key): return .key(key)
        case let .mouse(mouse): return .mouse(mouse)
        case .paste: return nil
        }
    }
}
