import CLibXML2

/// Bounds what reaches libxml2 so that parsing time stays linear in the page's size.
///
/// libxml2's HTML parser does work proportional to the tag's attributes for every attribute
/// (its duplicate check: 80,000 attributes on one element took 11 s) and to the depth of
/// open elements for every end tag that matches none of them. One forward pass over the
/// UTF-8 bytes, before the parser sees them, removes what would cost that much:
///
/// - attributes past ``attributesPerElement`` on one start tag;
/// - end tags that match no open element (libxml2 ignores them, after a search);
/// - start tags once ``openElements`` are open, with their end tags. Their text stays;
///   only the structure of absurdly deep markup is lost.
///
/// Open elements are modelled as libxml2 keeps them: a stack, an end tag closing the
/// nearest open element of its name and all above it, a paragraph, list item, cell or row
/// closing an open sibling of its kind, void elements never opening. The model is never
/// searched deeper than its bound, so the pass is linear. Script and style contents
/// (already emptied by ``HTMLRawTextSkipper`` when closed) and comments are stepped over.
struct HTMLMarkupBounds {
    /// Attributes kept on one start tag; no article page comes near it.
    static let attributesPerElement = 64
    /// Open elements past which start tags are dropped.
    static let openElements = 512

    /// The open elements: FNV-1a hashes of their lower-cased names, innermost last.
    private var stack: [UInt64] = []
    /// libxml2's end priority of each open element (see ``Kind/priority``).
    private var priorities: [UInt8] = []
    /// Start tags dropped per name: as many of their end tags go too, before any closes an open element.
    private var dropped: [UInt64: Int32] = [:]
    private var droppedCount = 0
    /// Byte ranges of the page to leave out, in order.
    private var cuts: [Range<Int>] = []

    /// `bytes` within the bounds, or nil when they already are.
    static func apply(_ bytes: [UInt8]) -> [UInt8]? {
        var bounds = HTMLMarkupBounds()
        bounds.stack.reserveCapacity(openElements)
        bytes.withUnsafeBufferPointer { bounds.scan($0) }
        guard !bounds.cuts.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        for cut in bounds.cuts {
            out.append(contentsOf: bytes[copied..<cut.lowerBound])
            copied = cut.upperBound
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private mutating func scan(_ page: UnsafeBufferPointer<UInt8>) {
        guard let base = page.baseAddress else { return }
        let n = page.count
        var i = 0
        while i + 1 < n, let found = cxml_find_byte(base + i, 0x3C, UInt(n - i)) {
            i = base.distance(to: found)
            guard i + 1 < n else { return }
            let next = page[i + 1]
            if next == 0x21 {
                i = HTMLRawTextSkipper.skipDeclaration(page, from: i)
            } else if next == 0x2F, i + 2 < n, Self.isLetter(page[i + 2]) {
                i = endTag(page, at: i)
            } else if Self.isLetter(next) {
                i = startTag(page, at: i)
            } else {
                i += 1
            }
        }
    }

    /// Handles the end tag at `start`; returns the index after it.
    private mutating func endTag(_ page: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let (name, nameEnd) = Self.name(page, from: start + 2)
        var end = nameEnd
        while end < page.count && page[end] != 0x3E { end += 1 }
        let after = min(end + 1, page.count)
        guard let name else { return after }
        let kind = Kind(name)
        if kind.contains(.alwaysKept) { return after }
        if droppedCount > 0, let count = dropped[name], count > 0 {
            dropped[name] = count - 1
            droppedCount -= 1
            cuts.append(start..<after)
        } else if let open = openIndex(of: name, priority: kind.priority) {
            stack.removeSubrange(open...)
            priorities.removeSubrange(open...)
        } else {
            cuts.append(start..<after)   // stray: libxml2 would search every open element, then ignore it
        }
        return after
    }

    /// Handles the start tag at `start`; returns the index after it (after the contents of
    /// a script or style element).
    private mutating func startTag(_ page: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let (name, nameEnd) = Self.name(page, from: start + 1)
        let (end, cut) = Self.attributes(page, from: nameEnd)
        let after = min(end + 1, page.count)
        guard let name, end < page.count else {
            if let cut { cuts.append(cut) }
            return after
        }
        let kind = Kind(name)
        if page[end - 1] == 0x2F || kind.contains(.void) || kind.contains(.alwaysKept) {
            if let cut { cuts.append(cut) }
            return after
        }
        if kind.contains(.rawText) {
            if let cut { cuts.append(cut) }
            // Past the end tag too: the element was never counted as open.
            guard var close = Self.closingTag(page, nameAt: start + 1, length: nameEnd - start - 1, from: after) else { return page.count }
            while close < page.count && page[close] != 0x3E { close += 1 }
            return close + 1
        }
        if kind.contains(.closesSibling), stack.last == name {
            stack.removeLast()
            priorities.removeLast()
        }
        if stack.count >= Self.openElements {
            dropped[name, default: 0] += 1
            droppedCount += 1
            cuts.append(start..<after)
        } else {
            if let cut { cuts.append(cut) }
            stack.append(name)
            priorities.append(kind.priority)
        }
        return after
    }

    /// Where the end tag `name` closes, as libxml2 decides: the nearest open element of that
    /// name, unless an element of higher end priority is open inside it (then the end tag is ignored).
    private func openIndex(of name: UInt64, priority: UInt8) -> Int? {
        var i = stack.count - 1
        while i >= 0 {
            if stack[i] == name { return i }
            if priorities[i] > priority { return nil }
            i -= 1
        }
        return nil
    }
}

extension HTMLMarkupBounds {
    /// The hash of the tag name at `start` (lower-cased) and the index after it; nil for no name.
    static func name(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt64?, Int) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = start
        while i < page.count {
            let b = page[i]
            if b == 0x3E || b == 0x2F || b == 0x20 || (0x09...0x0D).contains(b) { break }
            hash = (hash ^ UInt64((0x41...0x5A).contains(b) ? b | 0x20 : b)) &* 0x100_0000_01B3
            i += 1
        }
        return (i > start ? hash : nil, i)
    }

    /// Steps over a start tag's attributes from `start`: the index of its `>` (or the page's
    /// end), and the range of attributes past the limit, if any.
    static func attributes(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Range<Int>?) {
        let n = page.count
        var i = start
        var count = 0
        var cutStart: Int?
        while true {
            while i < n && (page[i] == 0x20 || (0x09...0x0D).contains(page[i]) || page[i] == 0x2F && i + 1 < n && page[i + 1] != 0x3E) { i += 1 }
            guard i < n else { return (n, cutStart.map { $0..<n }) }   // a tag cut off by the page's end is still bounded
            if page[i] == 0x3E || page[i] == 0x2F {
                let end = page[i] == 0x2F ? i + 1 : i
                return (end, cutStart.map { $0..<i })
            }
            count += 1
            if count == attributesPerElement + 1 { cutStart = i }
            while i < n, page[i] != 0x3D, page[i] != 0x3E, page[i] != 0x20, !(0x09...0x0D).contains(page[i]) { i += 1 }
            var j = i
            while j < n && (page[j] == 0x20 || (0x09...0x0D).contains(page[j])) { j += 1 }
            guard j < n, page[j] == 0x3D else { continue }
            j += 1
            while j < n && (page[j] == 0x20 || (0x09...0x0D).contains(page[j])) { j += 1 }
            guard j < n else { return (n, cutStart.map { $0..<n }) }
            if page[j] == 0x22 || page[j] == 0x27 {
                let quote = page[j]
                j += 1
                while j < n && page[j] != quote { j += 1 }
                i = min(j + 1, n)
            } else {
                while j < n, page[j] != 0x3E, page[j] != 0x20, !(0x09...0x0D).contains(page[j]) { j += 1 }
                i = j
            }
        }
    }

    /// The index of the `<` of the first `</name` at or after `from`.
    static func closingTag(_ page: UnsafeBufferPointer<UInt8>, nameAt name: Int, length: Int, from: Int) -> Int? {
        guard let base = page.baseAddress else { return nil }
        var i = from
        while i + 1 < page.count, let found = cxml_find_byte(base + i, 0x3C, UInt(page.count - i)) {
            i = base.distance(to: found)
            if i + 1 + length < page.count && page[i + 1] == 0x2F {
                var same = true
                for k in 0..<length where page[i + 2 + k] | 0x20 != page[name + k] | 0x20 { same = false; break }
                if same { return i }
            }
            i += 1
        }
        return nil
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b | 0x20) }

    static func hash(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { Self.name($0, from: 0).0! }
    }
}

extension HTMLMarkupBounds {
    /// What the pass must know about an element name, looked up in a small open-addressing
    /// table (a `Set` hashes every tag name with SipHash, a cost felt on pages of tiny elements).
    struct Kind: OptionSet {
        let rawValue: UInt16

        /// Without contents or end tag.
        static let void = Kind(rawValue: 1)
        /// Created by libxml2 without a start tag and closed specially: never touched.
        static let alwaysKept = Kind(rawValue: 2)
        /// Closed by the start of an open sibling of its kind (`<li>` after an open `<li>`).
        static let closesSibling = Kind(rawValue: 4)
        /// Script or style: raw text up to its end tag.
        static let rawText = Kind(rawValue: 8)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The kind of the element whose name hashes to `name`.
        init(_ name: UInt64) {
            var slot = Self.slot(name)
            while Self.keys[slot] != 0 {
                if Self.keys[slot] == name {
                    self = Self.kinds[slot]
                    return
                }
                slot = (slot + 1) & (Self.size - 1)
            }
            self = []
        }

        /// libxml2's `htmlEndPriority`: an end tag closes no open element of higher priority.
        var priority: UInt8 {
            let stored = UInt8(truncatingIfNeeded: rawValue >> 8)
            return stored == 0 ? 100 : stored
        }

        private static let size = 128
        private static func slot(_ name: UInt64) -> Int { Int(truncatingIfNeeded: (name &* 0x9E37_79B9_7F4A_7C15) >> 57) }

        private static let named: [(String, Kind)] = {
            func priority(_ p: UInt16) -> Kind { Kind(rawValue: p << 8) }
            var list: [(String, Kind)] = [
                ("html", [.alwaysKept, priority(220)]), ("head", [.alwaysKept, priority(200)]),
                ("body", [.alwaysKept, priority(200)]), ("script", .rawText), ("style", .rawText),
                ("div", priority(150)), ("table", priority(190)), ("td", [.closesSibling, priority(160)]),
                ("th", [.closesSibling, priority(160)]), ("tr", [.closesSibling, priority(170)]),
                ("thead", priority(180)), ("tbody", [.closesSibling, priority(180)]), ("tfoot", priority(180)),
            ]
            list += ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
                     "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"].map { ($0, .void) }
            // Only where libxml2 2.9 closes the open sibling too (it leaves `<dt><dt>`, `<rt><rt>` nested):
            // counting an element libxml2 keeps open is safe, forgetting one is not.
            list += ["p", "li", "option", "colgroup"].map { ($0, .closesSibling) }
            return list
        }()

        private static let (keys, kinds): ([UInt64], [Kind]) = {
            var keys = [UInt64](repeating: 0, count: size)
            var kinds = [Kind](repeating: [], count: size)
            for (name, kind) in named {
                let key = HTMLMarkupBounds.hash(name)
                var slot = slot(key)
                while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
                keys[slot] = key
                kinds[slot] = kind
            }
            return (keys, kinds)
        }()
    }
}
