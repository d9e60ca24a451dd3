/// Cuts a range of the node table into blocks of text: a new block starts at every
/// block-level element boundary, inline elements flow into the current block.
struct HTMLSegmenter {
    /// One run of text and the innermost block element holding it.
    struct Block {
        var owner: Int32
        /// UTF-8 bytes, whitespace as found (empty when text was not kept).
        var text: [UInt8]
        var length: Int32
        var link: Int32
        var commas: Int32
        /// A figure caption read out of a figure the cleaner dropped (see `captions`).
        var isCaption = false
    }

    /// The blocks of nodes `range`, skipping subtrees whose root `skip` accepts.
    /// With `keepText` false only lengths are kept (enough for scoring, and much cheaper).
    /// With `captions`, a skipped `<figure>` or `<figcaption>` still yields its caption text
    /// as one block marked ``Block/isCaption``, in its place in the text.
    static func blocks(
        _ doc: HTMLDocument, stats: HTMLTextStats, in range: Range<Int>, keepText: Bool = true,
        captions: Bool = false, skip: (Int) -> Bool = { _ in false }
    ) -> [Block] {
        var blocks: [Block] = []
        var open: [(end: Int32, index: Int32)] = []
        var owners: [Int32] = []
        var linkDepth = 0
        var text: [UInt8] = []
        var length: Int32 = 0, link: Int32 = 0, commas: Int32 = 0

        func flush() {
            if length > 0 {
                blocks.append(Block(owner: owners.last ?? Int32(range.lowerBound), text: text, length: length, link: link, commas: commas))
            }
            text.removeAll(keepingCapacity: false)
            length = 0
            link = 0
            commas = 0
        }
        func close(_ entry: (end: Int32, index: Int32)) {
            let tag = doc.nodes[Int(entry.index)].tag
            if tag.isBlock {
                flush()
                owners.removeLast()
            } else if tag == .a {
                linkDepth -= 1
            }
        }

        var i = range.lowerBound
        while i < range.upperBound {
            while let top = open.last, Int32(i) >= top.end {
                open.removeLast()
                close(top)
            }
            let node = doc.nodes[i]
            if node.tag == .text {
                let count = stats.sums[i].text
                commas += stats.sums[i].commas
                if keepText { doc.appendText(of: i, to: &text) }
                length += count
                if linkDepth > 0 { link += count }
                i += 1
                continue
            }
            if skip(i) {
                if node.tag.isBlock { flush() } else { text.append(0x20) }
                if captions, let caption = caption(doc, stats: stats, in: i) { blocks.append(caption) }
                i = max(Int(node.end), i + 1)
                continue
            }
            // A lone <br> wraps a line (hard-wrapped stories of old layouts); a run of two or
            // more breaks the paragraph.
            if node.tag == .br && !breaksParagraph(doc, stats: stats, at: i, end: range.upperBound) {
                text.append(0x20)
                i += 1
                continue
            }
            if node.tag.isBlock {
                flush()
                owners.append(Int32(i))
            } else if node.tag == .a {
                linkDepth += 1
            } else if node.tag == .img {
                text.append(0x20)
            }
            open.append((node.end, Int32(i)))
            i += 1
        }
        while let top = open.popLast() { close(top) }
        flush()
        return blocks
    }

    /// Whether `<br>` node `i` is part of a run of breaks: the next node with any text or tag
    /// before `end`, or the previous one, is another `<br>`.
    static func breaksParagraph(_ doc: HTMLDocument, stats: HTMLTextStats, at i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end && doc.nodes[j].tag == .text && stats.sums[j].text == 0 { j += 1 }
        if j < end && doc.nodes[j].tag == .br { return true }
        j = i - 1
        while j >= 0 && doc.nodes[j].tag == .text && stats.sums[j].text == 0 { j -= 1 }
        return j >= 0 && doc.nodes[j].tag == .br
    }

    /// The `<figcaption>` text of figure `i` (or of caption `i` itself) as a caption block.
    private static func caption(_ doc: HTMLDocument, stats: HTMLTextStats, in i: Int) -> Block? {
        let tag = doc.nodes[i].tag
        guard tag == .figure || tag == .figcaption else { return nil }
        var j = i
        let end = min(Int(doc.nodes[i].end), doc.nodes.count)
        while j < end && doc.nodes[j].tag != .figcaption { j += 1 }
        guard j < end, stats.sums[j].text > 0 else { return nil }
        let text = Array(doc.text(of: j).utf8)
        return Block(owner: Int32(j), text: text, length: stats.sums[j].text, link: stats.sums[j].link,
                     commas: stats.sums[j].commas, isCaption: true)
    }
}
