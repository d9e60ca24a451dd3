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
    }

    /// The blocks of nodes `range`, skipping subtrees whose root `skip` accepts.
    /// With `keepText` false only lengths are kept (enough for scoring, and much cheaper).
    static func blocks(
        _ doc: HTMLDocument, stats: HTMLTextStats, in range: Range<Int>, keepText: Bool = true,
        skip: (Int) -> Bool = { _ in false }
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
                i = max(Int(node.end), i + 1)
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
}
