import CLibXML2

/// A parsed page flattened into a pre-order node table, plus the facts read on the way.
///
/// Nodes are stored in document order; each element records its parent and the index one
/// past its last descendant (`end`), so subtree sums are a reverse loop and every walk is a
/// plain loop — no recursion, whatever the nesting depth. Skipped elements (scripts,
/// styles, forms controls, hidden parts) never enter the table.
struct HTMLDocument {
    /// One element or text node.
    struct Node {
        var tag: HTMLTag
        var flags: Flags = []
        var hint: Int16 = 0
        var parent: Int32
        var end: Int32
        /// For text nodes, where the text starts in ``HTMLDocument/textBytes`` (-1 for elements).
        var text: Int32 = -1
        /// For text nodes, the text's length in UTF-8 bytes.
        var textLength: Int32 = 0
    }

    /// Tree hints carried by an element.
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let articleBody = Flags(rawValue: 1)   // itemprop=articleBody
        static let roleMain = Flags(rawValue: 2)      // role=main or <main>
        static let furniture = Flags(rawValue: 4)     // role=navigation/complementary/contentinfo/banner…
        static let byline = Flags(rawValue: 8)        // class/id names a byline or author
        static let comments = Flags(rawValue: 16)     // class/id names a comment section
        static let authorLink = Flags(rawValue: 32)   // rel=author or itemprop=author
    }

    var nodes: [Node] = []
    /// The UTF-8 bytes of every text node, back to back.
    var textBytes: [UInt8] = []
    var facts = HTMLPageFacts()

    /// Parses UTF-8 bytes with libxml2's SAX interface into a node table.
    ///
    /// The bytes first lose script and style contents (``HTMLRawTextSkipper``) and whatever
    /// would make libxml2 slower than linear (``HTMLMarkupBounds``). Returns nil when libxml2
    /// could not start a parser on the bytes.
    /// - Throws: ``ExtractionError/tooManyElements(limit:)`` or
    ///   ``ExtractionError/nestedTooDeep(limit:)`` for a page over the parse budget.
    static func parse(_ bytes: [UInt8]) throws(ExtractionError) -> HTMLDocument? {
        guard !bytes.isEmpty else { return nil }
        LibXML2.prepare()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let stripped = HTMLRawTextSkipper.strip(bytes) ?? bytes
        let bounded = HTMLMarkupBounds.apply(stripped) ?? stripped
        var builder = HTMLDocumentBuilder()
        guard builder.parse(bounded, options: options) else { return nil }
        if let overBudget = builder.overBudget { throw overBudget }
        return builder.document
    }
}

extension HTMLDocument {
    /// The text of the subtree at `i`, whitespace collapsed.
    func text(of i: Int) -> String {
        var result: [UInt8] = []
        let end = min(Int(nodes[i].end), nodes.count)
        var j = i
        while j < end {
            if nodes[j].tag == .text {
                appendText(of: j, to: &result)
            } else if nodes[j].tag.isBlock {
                result.append(0x20)
            }
            j += 1
        }
        return HTMLText.collapse(result)
    }

    /// Appends text node `i`'s bytes to `buffer`.
    func appendText(of i: Int, to buffer: inout [UInt8]) {
        let node = nodes[i]
        let start = Int(node.text)
        buffer.append(contentsOf: textBytes[start..<(start + Int(node.textLength))])
    }

    /// The bytes of text node `i`.
    func textSlice(of i: Int) -> ArraySlice<UInt8> {
        let start = Int(nodes[i].text)
        return textBytes[start..<(start + Int(nodes[i].textLength))]
    }
}
