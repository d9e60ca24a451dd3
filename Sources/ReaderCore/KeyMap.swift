/// One row of the key table: the keys, what they do, and the help text for `?`.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// One short phrase for the help overlay ("next article").
    public var help: String
    public var group: Group

    public init(_ keys: [Key], _ action: Action, _ help: String, _ group: Group) {
        self.keys = keys
        self.action = action
        self.help = help
        self.group = group
    }

    /// The help overlay's headings, in the order it shows them.
    public enum Group: String, Equatable, Sendable, CaseIterable {
        case moving = "Moving"
        case reading = "Reading"
        case marks = "Marks"
        case filter = "Filter and sort"
        case prompt = "In the filter prompt"
        case view = "View"
    }
}

/// The one table from keys to actions; it drives both dispatch and the `?` help overlay.
///
/// `TerminalUI` reads a ``Key``; `folio` asks the key map for an action and reduces it:
///
/// ```swift
/// if let action = KeyMap.standard.action(for: key, in: state) {
///     effects = reduce(&state, action)
/// }
/// ```
///
/// While the filter prompt is open, only the ``KeyBinding/Group/prompt`` bindings and quitting
/// (`Ctrl-c`) apply, and any other printable character is typed into the prompt.
public struct KeyMap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action for `key` in `state`, or `nil` if the key does nothing there.
    public func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let width, let height):
            return .resize(width: width, height: height)
        case .mouse(.wheelUp(let x, let y)):
            return .scroll(lines: -3, x: x, y: y)
        case .mouse(.wheelDown(let x, let y)):
            return .scroll(lines: 3, x: x, y: y)
        case .mouse(.click(let x, let y)):
            return .click(x: x, y: y)
        default:
            break
        }
        if state.filter.prompt != nil {
            if let binding = bindings.first(where: { $0.group == .prompt && $0.keys.contains(key) }) {
                return binding.action
            }
            if case .character(let c) = key { return .insertFilterText(String(c)) }
            // Quitting works from anywhere.
            return bindings.first(where: { $0.action == .quit && $0.keys.contains(key) })?.action
        }
        return bindings.first(where: { $0.group != .prompt && $0.keys.contains(key) })?.action
    }

    /// Folio's keys, as the issue lists them.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.character("j"), .down], .moveDown, "next row / scroll down", .moving),
        KeyBinding([.character("k"), .up], .moveUp, "previous row / scroll up", .moving),
        KeyBinding([.pageDown], .pageDown, "page down", .moving),
        KeyBinding([.pageUp], .pageUp, "page up", .moving),
        KeyBinding([.control("d")], .halfPageDown, "half page down", .moving),
        KeyBinding([.control("u")], .halfPageUp, "half page up", .moving),
        KeyBinding([.character("g"), .home], .moveToTop, "first row / top", .moving),
        KeyBinding([.character("G"), .end], .moveToBottom, "last row / end", .moving),

        KeyBinding([.enter, .character("l"), .right], .openSelected, "open article", .reading),
        KeyBinding([.character("h"), .left, .escape], .back, "back to the list", .reading),
        KeyBinding([.character("q")], .backOrQuit, "back; on the list, quit", .reading),
        KeyBinding([.character(" ")], .pageOrNextUnread, "page; at end, next unread", .reading),
        KeyBinding([.character("n")], .nextArticle, "next article", .reading),
        KeyBinding([.character("p")], .previousArticle, "previous article", .reading),
        KeyBinding([.character("N")], .nextUnread, "next unread article", .reading),

        KeyBinding([.character("s")], .toggleStar, "star / unstar", .marks),
        KeyBinding([.character("r")], .toggleRead, "mark read / unread", .marks),
        KeyBinding([.character("O"), .character("x")], .openSource, "open source in browser", .marks),

        KeyBinding([.character("/")], .startFilter, "filter (live)", .filter),
        KeyBinding([.character("c")], .clearFilter, "clear the filter", .filter),
        KeyBinding([.character("o")], .cycleSort, "next sort order", .filter),

        KeyBinding([.enter], .submitFilter, "keep the filter", .prompt),
        KeyBinding([.escape], .cancelFilter, "restore previous filter", .prompt),
        KeyBinding([.up], .filterHistoryPrevious, "earlier filter", .prompt),
        KeyBinding([.down], .filterHistoryNext, "later filter", .prompt),
        KeyBinding([.backspace], .deleteFilterBackward, "delete a character", .prompt),
        KeyBinding([.left], .moveFilterCursor(-1), "cursor left", .prompt),
        KeyBinding([.right], .moveFilterCursor(1), "cursor right", .prompt),

        KeyBinding([.character("v")], .toggleLayout, "side by side / one view", .view),
        KeyBinding([.character("?")], .toggleHelp, "this help", .view),
        KeyBinding([.control("c")], .quit, "quit", .view),
    ])
}
