/// Picks the article's blocks out of a flattened page: the scored container and its
/// siblings, cleaned, with a page-wide fallback when that looks too short.
struct HTMLMainContent {
    let doc: HTMLDocument
    let stats: HTMLTextStats
    let pageBlocks: [HTMLSegmenter.Block]

    init(_ doc: HTMLDocument) {
        self.doc = doc
        stats = HTMLTextStats(doc)
        pageBlocks = HTMLSegmenter.blocks(doc, stats: stats, in: 0..<doc.nodes.count, keepText: false)
    }

    /// The article body, or empty when the page holds no prose.
    func body() -> [Article.Block] {
        let scorer = HTMLContentScorer(doc, stats: stats, blocks: pageBlocks)
        guard let top = scorer.topCandidate() else { return [] }
        let roots = scorer.contentRoots(top: top)
        return blocks(under: roots)
    }

    /// The cleaned blocks under `roots`, in document order.
    func blocks(under roots: [Int]) -> [Article.Block] {
        let cleaner = HTMLContentCleaner(doc: doc, stats: stats)
        let rootText = roots.reduce(Int32(0)) { $0 + stats.sums[$1].text }
        var result: [Article.Block] = []
        for root in roots {
            let range = root..<max(Int(doc.nodes[root].end), root + 1)
            let segments = HTMLSegmenter.blocks(doc, stats: stats, in: range) { i in
                i != root && cleaner.drops(i, rootText: rootText)
            }
            for segment in segments {
                let text = HTMLText.collapse(segment.text)
                if text.isEmpty { continue }
                let kind = kind(of: Int(segment.owner), root: root)
                // A paragraph that is nearly all links is a teaser line ("You may also like …").
                if kind == .paragraph && segment.link * 4 >= segment.length * 3 && segment.length > 0 { continue }
                result.append(Article.Block(kind, text))
            }
        }
        return result
    }

    /// The reading-pane kind of a block owned by element `owner`.
    func kind(of owner: Int, root: Int) -> Article.Block.Kind {
        var i = owner
        var steps = 0
        var found: Article.Block.Kind?
        while i >= root && i >= 0 && steps < 12 {
            switch doc.nodes[i].tag {
            case .h1, .h2, .h3, .h4, .h5, .h6: if found == nil { found = .heading }
            case .li, .dd, .dt: if found == nil { found = .listItem }
            case .pre: return .preformatted
            case .figcaption, .caption: return .caption
            case .blockquote: return .quote
            default: break
            }
            i = Int(doc.nodes[i].parent)
            steps += 1
        }
        return found ?? .paragraph
    }
}
