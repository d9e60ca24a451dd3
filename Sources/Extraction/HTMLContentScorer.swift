/// Finds the element holding the article, Readability-style, with the document's own hints.
///
/// Every paragraph of real prose (long enough, not mostly links) scores by its length and
/// commas; the score goes to its container at full weight and fades over four more
/// ancestors. Containers start from their tag and `class`/`id` hints, and
/// `itemprop=articleBody`, `<article>` and `role=main` add to them. The best container,
/// scaled down by its link density, wins; it moves up to an ancestor when the runners-up
/// sit under that ancestor too.
struct HTMLContentScorer {
    let doc: HTMLDocument
    let stats: HTMLTextStats
    private(set) var scores: [Float]
    /// Per element, the characters of prose paragraphs in its subtree outside page furniture.
    private(set) var prose: [Int32]

    init(_ doc: HTMLDocument, stats: HTMLTextStats, blocks: [HTMLSegmenter.Block]) {
        self.doc = doc
        self.stats = stats
        prose = HTMLContentScorer.proseSums(doc, blocks: blocks)
        scores = Array(repeating: .nan, count: doc.nodes.count)
        for block in blocks where block.length >= 25 && block.link * 2 < block.length {
            let owner = Int(block.owner)
            guard owner < doc.nodes.count else { continue }
            var target = doc.nodes[owner].tag.isParagraph ? Int(doc.nodes[owner].parent) : owner
            let score = 1 + Float(block.commas) + min(Float(block.length) / 100, 3)
            var level = 0
            while target >= 0 && level < 5 {
                if scores[target].isNaN { scores[target] = initialScore(target) }
                let divider: Float = level == 0 ? 1 : level == 1 ? 2 : Float(level * 3)
                scores[target] += score / divider
                target = Int(doc.nodes[target].parent)
                level += 1
            }
        }
    }

    /// Sums the length of prose blocks (long, few links, not under furniture) per subtree.
    static func proseSums(_ doc: HTMLDocument, blocks: [HTMLSegmenter.Block]) -> [Int32] {
        let count = doc.nodes.count
        var furniture = [Bool](repeating: false, count: count)
        for i in 0..<count {
            let node = doc.nodes[i]
            let parent = Int(node.parent)
            furniture[i] = (parent >= 0 && furniture[parent]) || node.hint < 0 || node.tag.isFurniture
                || node.flags.contains(.furniture) || node.flags.contains(.comments)
        }
        var prose = [Int32](repeating: 0, count: count)
        for block in blocks where block.length >= 80 && block.link * 5 < block.length {
            let owner = Int(block.owner)
            if owner < count && !furniture[owner] { prose[owner] += block.length }
        }
        var i = count - 1
        while i > 0 {
            let parent = Int(doc.nodes[i].parent)
            if parent >= 0 { prose[parent] += prose[i] }
            i -= 1
        }
        return prose
    }

    /// The score an element starts with, from its tag and hints.
    private func initialScore(_ i: Int) -> Float {
        let node = doc.nodes[i]
        var score: Float
        switch node.tag {
        case .div, .article, .section, .main: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        score += Float(node.hint)
        if node.flags.contains(.articleBody) { score += 30 }
        if node.tag == .article { score += 10 }
        if node.flags.contains(.roleMain) { score += 5 }
        if node.flags.contains(.furniture) || node.tag.isFurniture { score -= 25 }
        if node.flags.contains(.comments) { score -= 50 }
        return score
    }

    /// A container's score after its link density is taken into account.
    func finalScore(_ i: Int) -> Float {
        let raw = scores[i]
        return raw.isNaN ? -.infinity : raw * Float(1 - stats.linkDensity(i))
    }

    /// The best container, or nil when no paragraph scored.
    func topCandidate() -> Int? {
        var ranked: [(Int, Float)] = []
        for i in scores.indices where !scores[i].isNaN {
            ranked.append((i, finalScore(i)))
        }
        ranked.sort { $0.1 > $1.1 }
        guard var (top, topScore) = ranked.first else { return nil }
        // Several close runners-up under one ancestor: the article is that ancestor.
        let close = ranked.dropFirst().prefix(5).filter { $0.1 >= topScore * 0.75 }.map(\.0)
        if close.count >= 2 {
            var ancestor = Int(doc.nodes[top].parent)
            while ancestor > 0 && doc.nodes[ancestor].tag != .body {
                let inside = close.filter { ancestor < $0 && $0 < Int(doc.nodes[ancestor].end) }.count
                if inside >= 2 {
                    top = ancestor
                    break
                }
                ancestor = Int(doc.nodes[ancestor].parent)
            }
        }
        // Climb while the parent scores better, or while the container is an only child.
        topScore = finalScore(top)
        var parent = Int(doc.nodes[top].parent)
        while parent >= 0 && doc.nodes[parent].tag != .body && doc.nodes[parent].tag != .html {
            let parentScore = finalScore(parent)
            if stats.sums[parent].text <= stats.sums[top].text + 10 || parentScore > topScore {
                top = parent
                topScore = max(topScore, parentScore)
                parent = Int(doc.nodes[top].parent)
            } else {
                break
            }
        }
        // Grow to an ancestor while what it adds is mostly prose: an article split into sections.
        parent = Int(doc.nodes[top].parent)
        while parent >= 0 && doc.nodes[parent].tag != .body && doc.nodes[parent].tag != .html {
            let extraText = stats.sums[parent].text - stats.sums[top].text
            let extraProse = prose[parent] - prose[top]
            guard extraProse * 2 >= extraText, extraProse * 10 >= prose[top] else { break }
            top = parent
            parent = Int(doc.nodes[top].parent)
        }
        return top
    }

    /// The element children of `parent`, in order.
    func children(of parent: Int) -> [Int] {
        var result: [Int] = []
        var i = parent + 1
        let end = Int(doc.nodes[parent].end)
        while i < end {
            result.append(i)
            i = max(Int(doc.nodes[i].end), i + 1)
        }
        return result
    }

    /// The top container plus its siblings that read like more of the same article.
    func contentRoots(top: Int) -> [Int] {
        let parent = Int(doc.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = finalScore(top)
        let threshold = max(10, topScore * 0.2)
        var roots: [Int] = []
        for sibling in children(of: parent) {
            if sibling == top { roots.append(sibling); continue }
            let node = doc.nodes[sibling]
            guard node.tag != .text, !node.tag.isFurniture, !node.flags.contains(.furniture),
                  !node.flags.contains(.comments), node.hint >= 0 else { continue }
            let score = finalScore(sibling)
            if score >= threshold {
                roots.append(sibling)
                continue
            }
            if node.tag == .p {
                let length = stats.sums[sibling].text
                let density = stats.linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0 && length <= 80 && density == 0 {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }
}
