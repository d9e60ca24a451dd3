import CNcursesw
import ReaderCore

/// Turns what `wget_wch` returns into ReaderCore's `Key`, so no curses code leaves this module.
///
/// Keys with no meaning in the reader (function keys, Delete, a bare NUL or C1 control) decode
/// to nil and are dropped.
enum KeyDecoder {
    /// The key for a character `wget_wch` returned with `OK`.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for a code `wget_wch` returned with `KEY_CODE_YES` (resize and mouse aside).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        default: return nil
        }
    }

    /// The key for a mouse report: a wheel step or a left-button press; anything else is dropped.
    static func mouse(buttons: mmask_t, x: Int, y: Int) -> Key? {
        if buttons & nc_BUTTON4_PRESSED() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
        if buttons & nc_BUTTON5_PRESSED() != 0 { return .mouse(.wheelDown(x: x, y: y)) }
        if buttons & (nc_BUTTON1_PRESSED() | nc_BUTTON1_CLICKED()) != 0 { return .mouse(.click(x: x, y: y)) }
        return nil
    }
}
