import CNcurses
import UnmaskUI

/// Turns what `wget_wch` returns into explorer messages.
@MainActor
enum InputDecoder {
    /// A function key code (`KEY_CODE_YES`) as a message.
    static func functionKey(_ code: Int32) -> Msg? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_MOUSE: return mouse()
        default:
            for number in 1...12 where code == unmask_key_f(Int32(number)) { return .key(.function(number)) }
            return nil
        }
    }

    /// A character code as a message: control characters become keys, the rest characters.
    static func character(_ code: UInt32) -> Msg? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// The pending mouse event: a button-1 press or a wheel turn.
    private static func mouse() -> Msg? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        if state & (unmask_button1_pressed() | unmask_button1_clicked()) != 0 {
            return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: .press))
        }
        if state & unmask_button4_pressed() != 0 { return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: .scrollUp)) }
        if state & unmask_button5_pressed() != 0 { return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: .scrollDown)) }
        return nil
    }
}
