/// A rectangle of cells on a ``Screen``: where a widget may draw.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}

/// Something that draws itself into a rectangle of a screen; it holds no scroll or selection.
///
/// Scroll and selection live in ``AppState`` values; a widget is built from them for one frame.
public protocol Widget {
    func render(into screen: inout Screen, in area: Rect)
}
