/// Picks the article's blocks out of a flattened page: comment sections are set aside,
/// the scored container and its siblings are taken and cleaned, and when that gives nothing
/// or little next to the prose the page holds, a paragraph-by-paragraph reading of the whole
/// page (``HTMLParagraphClassifier``) competes with it.
struct HTMLMainContent {
    /// The page, with the comment sections found by structure flagged.
    let doc: HTMLDocument
    let stats: HTMLTextStats
    let pageBlocks: [HTMLSegmenter.Block]
    let comments: HTMLCommentSections

    init(_ page: HTMLDocument) {
        var doc = page
        stats = HTMLTextStats(page)
        comments = HTMLCommentSections(&doc, stats: stats)
        self.doc = doc
        pageBlocks = HTMLSegmenter.blocks(doc, stats: stats, in: 0..<doc.nodes.count, keepText: false)
    }

    /// The article body, or empty when the page holds no prose.
    func body() -> [Article.Block] {
        var scored = comments.any ? pageBlocks.filter { !comments.inside[Int($0.owner)] } : pageBlocks
        var main = containerBody(scored)
        // Nothing outside the comment sections: one of them was a wrapper (`class="commentary"`).
        if main.isEmpty && comments.any {
            scored = pageBlocks
            main = containerBody(scored)
        }
        let mainLength = Self.length(of: main)
        // Sure: the container holds a good share of the page's prose.
        if !main.isEmpty && mainLength * 3 >= pageProse(scored, atMost: mainLength * 3) { return main }
        let fallback = fallbackBody()
        return Self.length(of: fallback) >= max(mainLength * 2, 1) ? fallback : main
    }

    /// The blocks of the best-scoring container and its siblings, scored on `scored`.
    func containerBody(_ scored: [HTMLSegmenter.Block]) -> [Article.Block] {
        let scorer = HTMLContentScorer(doc, stats: stats, blocks: scored)
        guard let top = scorer.topCandidate() else { return [] }
        return blocks(under: scorer.contentRoots(top: top))
    }

    /// Visible characters in the page's sentence-length blocks (not mostly links) outside
    /// navigation, asides, footers and comment sections: what the article should hold a good
    /// share of. Returns a cheaper upper bound when that is at most `limit`.
    func pageProse(_ blocks: [HTMLSegmenter.Block], atMost limit: Int32) -> Int32 {
        var bound: Int32 = 0
        for block in blocks where block.length >= 25 && block.link * 2 < block.length { bound += block.length }
        // Most pages: even counting furniture, the container holds enough; skip the furniture walk.
        if bound <= limit { return bound }
        var furniture = [Bool](repeating: false, count: doc.nodes.count)
        for i in doc.nodes.indices {
            let node = doc.nodes[i]
            let parent = Int(node.parent)
            furniture[i] = (parent >= 0 && furniture[parent]) || node.tag.isFurniture || node.flags.contains(.furniture)
                || (node.hint < 0 && node.tag != .body) || node.flags.contains(.comments)
        }
        var total: Int32 = 0
        for block in blocks where block.length >= 25 && block.link * 2 < block.length && !furniture[Int(block.owner)] {
            total += block.length
        }
        return total
    }

    /// The page's prose paragraphs, read one by one outside navigation and comments; when
    /// that finds none, with the comment sections too (a page of nothing but comment-named
    /// prose still has prose).
    func fallbackBody() -> [Article.Block] {
        let aside = { (i: Int) -> Bool in
            let node = doc.nodes[i]
            return node.tag == .h1 || node.tag == .figure || node.tag == .figcaption || node.flags.contains(.byline)
        }
        var good = HTMLParagraphClassifier(doc, stats: stats) { aside($0) || (comments.any && comments.inside[$0]) }.goodBlocks()
        if good.isEmpty && comments.any { good = HTMLParagraphClassifier(doc, stats: stats, skipped: aside).goodBlocks() }
        return good.compactMap { block in
            let text = HTMLText.collapse(block.text)
            return text.isEmpty ? nil : Article.Block(kind(of: Int(block.owner), root: 0), text)
        }
    }

    /// Visible characters in `body`.
    static func length(of body: [Article.Block]) -> Int32 {
        body.reduce(0) { $0 + HTMLText.measure(ArraySlice($1.text.utf8)).length }
    }

    /// The cleaned blocks under `roots`, in document order.
    func blocks(under roots: [Int]) -> [Article.Block] {
        let cleaner = HTMLContentCleaner(doc: doc, stats: stats)
        let rootText = roots.reduce(Int32(0)) { $0 + stats.sums[$1].text }
        var result: [Article.Block] = []
        for root in roots {
            let range = root..<max(Int(doc.nodes[root].end), root + 1)
            let segments = HTMLSegmenter.blocks(doc, stats: stats, in: range, captions: true) { i in
                i != root && cleaner.drops(i, rootText: rootText)
            }
            for segment in segments {
                let text = HTMLText.collapse(segment.text)
                if text.isEmpty { continue }
                let kind = segment.isCaption ? .caption : kind(of: Int(segment.owner), root: root)
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
