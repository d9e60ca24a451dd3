import CNcursesw

/// What the person did, decoded from `wget_wch`: a key, a resize or a mouse action.
public enum InputEvent: Equatable, Sendable {
    case key(KeyPress)
    case resize(width: Int, height: Int)
    case mouse(MouseAction)

    /// A key as the terminal reports it, before any keymap gives it a meaning.
    public enum KeyPress: Equatable, Hashable, Sendable {
        case character(Character)
        /// Ctrl plus a letter, lowercased (`Ctrl-D` is `.control("d")`).
        case control(Character)
        case up, down, left, right
        case pageUp, pageDown, home, end
        case enter, escape, backspace, tab, backTab, delete
    }

    public enum MouseAction: Equatable, Sendable {
        case wheelUp(x: Int, y: Int)
        case wheelDown(x: Int, y: Int)
        case press(x: Int, y: Int)
    }

    // MARK: - Decoding

    /// The event for a character `wget_wch` returned with `OK`.
    static func character(_ value: UInt32) -> InputEvent? {
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(UnicodeScalar(UInt8(value) + 0x60))))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// The event for a key code `wget_wch` returned with `KEY_CODE_YES` (not resize or mouse).
    static func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default: return nil
        }
    }

    /// The event for a mouse report: wheel or a left-button press, anything else dropped.
    static func mouse(buttons: mmask_t, x: Int, y: Int) -> InputEvent? {
        if buttons & nc_BUTTON4_PRESSED() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
        if buttons & nc_BUTTON5_PRESSED() != 0 { return .mouse(.wheelDown(x: x, y: y)) }
        if buttons & (nc_BUTTON1_PRESSED() | nc_BUTTON1_CLICKED()) != 0 { return .mouse(.press(x: x, y: y)) }
        return nil
    }
}
