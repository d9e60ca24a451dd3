/// Per-element sums over each subtree: text length, link text, commas and element counts.
///
/// Computed bottom-up in one reverse pass over the pre-order node table (children come
/// after their parent, so every subtree is complete when its root is reached).
struct HTMLTextStats {
    /// Sums for one node's subtree.
    struct Sums {
        /// Visible characters (whitespace not counted).
        var text: Int32 = 0
        /// Visible characters inside links.
        var link: Int32 = 0
        var commas: Int32 = 0
        var paragraphs: Int32 = 0
        var images: Int32 = 0
        var listItems: Int32 = 0
        var headings: Int32 = 0
        /// Visible characters inside `<blockquote>` (embedded posts, quotations).
        var quoted: Int32 = 0
    }

    var sums: [Sums]

    init(_ doc: HTMLDocument) {
        sums = Array(repeating: Sums(), count: doc.nodes.count)
        var i = doc.nodes.count - 1
        while i >= 0 {
            let node = doc.nodes[i]
            switch node.tag {
            case .text:
                let (length, commas) = HTMLText.measure(doc.textSlice(of: i))
                sums[i].text = length
                sums[i].commas = commas
            case .a:
                sums[i].link = sums[i].text
            case .p: sums[i].paragraphs += 1
            case .img, .picture: sums[i].images += 1
            case .li: sums[i].listItems += 1
            case .h1, .h2, .h3, .h4, .h5, .h6: sums[i].headings += 1
            case .blockquote: sums[i].quoted = sums[i].text
            default: break
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                let child = sums[i]
                sums[parent].text += child.text
                sums[parent].link += child.link
                sums[parent].commas += child.commas
                sums[parent].paragraphs += child.paragraphs
                sums[parent].images += child.images
                sums[parent].listItems += child.listItems
                sums[parent].headings += child.headings
                sums[parent].quoted += child.quoted
            }
            i -= 1
        }
    }

    /// The share of a subtree's text that sits inside links (0 for an empty subtree).
    func linkDensity(_ i: Int) -> Double {
        let s = sums[i]
        return s.text > 0 ? Double(s.link) / Double(s.text) : 0
    }
}
