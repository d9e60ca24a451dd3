/// Where the list, the reading pane and the status line go for a state and terminal size.
///
/// Shared by `render` and `reduce` (which needs page sizes), so both agree on what is visible.
struct Layout: Equatable {
    /// The article list, if shown.
    var list: Rect?
    /// The reading pane, if shown.
    var pane: Rect?
    /// The one-cell line between list and pane, when both are shown.
    var divider: Rect?
    /// The bottom line.
    var status: Rect
    var isTooSmall: Bool

    static let minimumWidth = 40
    static let minimumHeight = 8
    /// From this width up, list and pane sit side by side unless `v` says otherwise.
    static let wideWidth = 120

    init(_ state: AppState, width: Int, height: Int) {
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        isTooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
        guard !isTooSmall else { return }
        let body = height - 1
        let isWide = width >= Layout.wideWidth
        if isWide != state.layoutToggled {
            if isWide {
                let listWidth = width * 2 / 5
                list = Rect(x: 0, y: 0, width: listWidth, height: body)
                divider = Rect(x: listWidth, y: 0, width: 1, height: body)
                pane = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: body)
            } else {
                let listHeight = max(3, body / 3)
                list = Rect(x: 0, y: 0, width: width, height: listHeight)
                divider = Rect(x: 0, y: listHeight, width: width, height: 1)
                pane = Rect(x: 0, y: listHeight + 1, width: width, height: body - listHeight - 1)
            }
        } else if state.focus == .reader, state.reader != nil {
            pane = Rect(x: 0, y: 0, width: width, height: body)
        } else {
            list = Rect(x: 0, y: 0, width: width, height: body)
        }
    }

    init(_ state: AppState) {
        self.init(state, width: state.width, height: state.height)
    }

    /// Rows the list shows (at least 1, so paging always moves).
    var listRows: Int { max(1, list?.height ?? 1) }
    /// Lines the reading pane shows (at least 1).
    var paneRows: Int { max(1, pane?.height ?? 1) }
}
