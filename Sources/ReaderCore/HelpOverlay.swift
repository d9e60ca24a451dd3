/// The `?` overlay: every binding of the key map, grouped, in a box over the screen.
///
/// It is drawn from the same ``KeyMap`` that dispatches keys, so it cannot fall out of date.
public struct HelpOverlay: Widget {
    public var keyMap: KeyMap

    public init(keyMap: KeyMap = .standard) {
        self.keyMap = keyMap
    }

    static let keyWidth = 11
    static let border = Screen.Style([], .muted)
    static let heading = Screen.Style([.bold], .heading)
    static let key = Screen.Style([.bold], .accent)

    public func render(into screen: inout Screen, in area: Rect) {
        let twoColumns = area.width >= 78
        let columnWidth = twoColumns ? 37 : min(area.width - 4, 40)
        let columns: [[KeyBinding.Group]] = twoColumns
            ? [[.moving, .reading, .view], [.marks, .filter, .prompt]]
            : [KeyBinding.Group.allCases]
        // Blank lines between groups only when they fit.
        var texts = columns.map { lines(for: $0, spaced: true) }
        if (texts.map(\.count).max() ?? 0) > area.height - 2 {
            texts = columns.map { lines(for: $0, spaced: false) }
        }
        let innerHeight = texts.map(\.count).max() ?? 0
        let boxWidth = min(area.width, columnWidth * columns.count + (columns.count - 1) * 2 + 4)
        let boxHeight = min(area.height, innerHeight + 2)
        let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + (area.height - boxHeight) / 2,
                       width: boxWidth, height: boxHeight)
        drawBox(box, into: &screen)
        for (c, column) in texts.enumerated() {
            let x = box.x + 2 + c * (columnWidth + 2)
            for (r, line) in column.enumerated() where r < box.height - 2 {
                let y = box.y + 1 + r
                switch line {
                case .heading(let text):
                    screen.write(text, x: x, y: y, width: columnWidth, style: Self.heading)
                case .binding(let keys, let help):
                    screen.write(keys, x: x, y: y, width: Self.keyWidth, style: Self.key)
                    screen.write(help, x: x + Self.keyWidth, y: y, width: columnWidth - Self.keyWidth)
                }
            }
        }
    }

    enum Line: Equatable {
        case heading(String)
        case binding(keys: String, help: String)
    }

    func lines(for groups: [KeyBinding.Group], spaced: Bool) -> [Line] {
        var out: [Line] = []
        for group in groups {
            if spaced, !out.isEmpty { out.append(.heading("")) }
            out.append(.heading(group.rawValue))
            for binding in keyMap.bindings where binding.group == group {
                out.append(.binding(keys: binding.keys.map(\.label).joined(separator: " "), help: binding.help))
            }
        }
        return out
    }

    func drawBox(_ box: Rect, into screen: inout Screen) {
        guard box.width >= 2, box.height >= 2 else { return }
        screen.fill(box)
        let title = " Keys · ? or Esc closes "
        let horizontal = String(repeating: "─", count: box.width - 2)
        screen.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: Self.border)
        screen.write(title, x: box.x + 2, y: box.y, width: box.width - 4, style: Self.heading)
        for y in (box.y + 1)..<(box.maxY - 1) {
            screen.write("│", x: box.x, y: y, style: Self.border)
            screen.write("│", x: box.maxX - 1, y: y, style: Self.border)
        }
        screen.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: Self.border)
    }
}
