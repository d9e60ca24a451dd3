import TestSupport
import Testing
@testable import ReaderCore

/// Random key sequences against a fake library: the reader never crashes and its invariants hold.
@Suite struct ReaderSimulationTests {
    /// A library of `count` rows that answers effects the way `folio` does, synchronously.
    struct FakeLibrary {
        var rows: [ArticleRow]

        func matching(_ filter: String) -> [ArticleRow]? {
            if filter.contains("(") { return nil }  // stands in for a parse error
            let words = filter.split(separator: " ")
            return rows.filter { row in words.allSatisfy { row.title.lowercased().contains($0.lowercased()) } }
        }

        mutating func run(_ effect: Effect) -> Action? {
            switch effect {
            case .loadRows(let query):
                guard var hits = matching(query.filter) else {
                    return .filterRejected(filter: query.filter, message: "unexpected (", column: query.filter.firstIndex(of: "(").map { query.filter.distance(from: query.filter.startIndex, to: $0) })
                }
                if query.sort == .title { hits.sort { $0.title < $1.title } }
                var offset = min(query.offset, max(0, hits.count - 1))
                if let anchor = query.anchor, let i = hits.firstIndex(where: { $0.id == anchor }) {
                    offset = max(0, i - query.limit / 2)
                }
                let end = min(hits.count, offset + query.limit)
                return .rowsLoaded(query, RowWindow(offset: offset, rows: Array(hits[min(offset, end)..<end]), total: hits.count))
            case .loadCounts(let filter):
                guard let hits = matching(filter) else { return nil }
                return .countsLoaded(filter: filter, LibraryCounts(total: hits.count, unread: hits.filter { !$0.isRead }.count,
                                                                  starred: hits.filter(\.isStarred).count))
            case .loadDocument(let id):
                guard let i = rows.firstIndex(where: { $0.id == id }) else { return .documentFailed(id: id, message: "gone") }
                return .documentLoaded(Fixture.document(for: i))
            case .setRead(let id, let value):
                if let i = rows.firstIndex(where: { $0.id == id }) { rows[i].isRead = value }
                return nil
            case .setStarred(let id, let value):
                if id % 11 == 0 { return .markFailed(id: id, message: "read-only") }
                if let i = rows.firstIndex(where: { $0.id == id }) { rows[i].isStarred = value }
                return nil
            case .openSource:
                return .openFailed(message: "no browser in tests")
            case .persistSession, .quit:
                return nil
            }
        }
    }

    static let keys: [Key] = [
        .character("j"), .character("k"), .down, .up, .pageDown, .pageUp, .control("d"), .control("u"),
        .character("g"), .character("G"), .enter, .character("l"), .character("h"), .escape, .character(" "),
        .character("n"), .character("p"), .character("N"), .character("s"), .character("r"), .character("/"),
        .character("c"), .character("o"), .character("O"), .character("?"), .character("v"), .backspace,
        .character("a"), .character("e"), .character("("), .character("東"), .left, .right,
        .mouse(.wheelDown(x: 10, y: 5)), .mouse(.wheelUp(x: 100, y: 5)), .mouse(.click(x: 5, y: 3)),
    ]

    @Test(arguments: [1, 2, 3, 4])
    func randomKeysKeepTheReaderConsistent(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var library = FakeLibrary(rows: Fixture.rows(0..<(seed == 1 ? 0 : 700)))
        var state = AppState(session: Session(selectedID: 1300), width: 100, height: 30)
        var pending = reduce(&state, .start)
        for step in 0..<500 {
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if let result = library.run(effect) { pending += reduce(&state, result) }
            }
            let key: Key = step % 97 == 0
                ? .resize(width: Int.random(in: 10...200, using: &rng), height: Int.random(in: 3...60, using: &rng))
                : Self.keys.randomElement(using: &rng)!
            if key == .character("q") || state.isQuitting { break }
            if let action = KeyMap.standard.action(for: key, in: state) { pending = reduce(&state, action) }

            let total = state.list.total ?? 0
            #expect(state.list.selected >= 0 && state.list.selected <= max(0, total - 1), "step \(step)")
            #expect(state.list.top >= 0 && state.list.top <= state.list.selected, "step \(step)")
            if let reader = state.reader { #expect(reader.scroll >= 0 && reader.scroll <= max(0, state.maxReaderScroll)) }
            guard step % 3 == 0 else { continue }  // rendering is the slow part in debug builds
            let screen = render(state, width: state.width, height: state.height)
            for y in 0..<screen.height {
                #expect(DisplayWidth.of(screen.line(y)) <= screen.width)
            }
        }
    }
}
