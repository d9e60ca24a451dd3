import CNcursesw
import ReaderCore

/// Maps a cell's `Style` to curses attributes and a colour pair.
///
/// Colours are few and sit on the terminal's own background (`use_default_colors`). Without
/// colours (`NO_COLOR`, a monochrome terminal) each role falls back to bold, reverse,
/// underline or dim, so nothing depends on colour to be seen.
struct Palette {
    let usesColor: Bool
    private var pairs: [Screen.Style.Role: Int16] = [:]
    private var roleAttributes: [Screen.Style.Role: attr_t] = [:]

    /// Sets up colour pairs when `usesColor`; call after curses is open.
    init(usesColor: Bool) {
        self.usesColor = usesColor
        for role in Screen.Style.Role.allCases {
            roleAttributes[role] = usesColor ? Self.colorAttributes(role) : Self.monochromeAttributes(role)
        }
        guard usesColor else { return }
        var next: Int16 = 1
        for role in Screen.Style.Role.allCases {
            guard let foreground = Self.foreground(role) else { continue }
            init_pair(next, foreground, -1)
            pairs[role] = next
            next += 1
        }
    }

    /// The attributes and pair for a style.
    func resolve(_ style: Screen.Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = roleAttributes[style.role] ?? nc_A_NORMAL()
        let a = style.attributes
        if a.contains(.bold) { attributes |= nc_A_BOLD() }
        if a.contains(.reverse) { attributes |= nc_A_REVERSE() }
        if a.contains(.underline) { attributes |= nc_A_UNDERLINE() }
        if a.contains(.dim) { attributes |= nc_A_DIM() }
        if a.contains(.italic) { attributes |= nc_A_ITALIC() }
        return (attributes, pairs[style.role] ?? 0)
    }

    // MARK: - The palette

    private static func foreground(_ role: Screen.Style.Role) -> Int16? {
        switch role {
        case .accent: return Int16(COLOR_CYAN)
        case .muted: return nc_COLORS() >= 16 ? 8 : nil
        case .starred: return Int16(COLOR_YELLOW)
        case .error: return Int16(COLOR_RED)
        case .quote: return Int16(COLOR_GREEN)
        case .normal, .unread, .selection, .status, .heading: return nil
        }
    }

    private static func colorAttributes(_ role: Screen.Style.Role) -> attr_t {
        switch role {
        case .muted: return nc_COLORS() >= 16 ? nc_A_NORMAL() : nc_A_DIM()
        case .unread, .error, .heading: return nc_A_BOLD()
        case .selection, .status: return nc_A_REVERSE()
        case .normal, .accent, .starred, .quote: return nc_A_NORMAL()
        }
    }

    private static func monochromeAttributes(_ role: Screen.Style.Role) -> attr_t {
        switch role {
        case .muted, .quote: return nc_A_DIM()
        case .unread, .starred, .error, .heading: return nc_A_BOLD()
        case .selection, .status: return nc_A_REVERSE()
        case .normal, .accent: return nc_A_NORMAL()
        }
    }
}
