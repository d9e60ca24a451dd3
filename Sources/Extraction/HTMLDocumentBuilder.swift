import CLibXML2

/// Builds an ``HTMLDocument`` straight from libxml2's SAX events: no DOM is ever made.
///
/// libxml2's HTML parser reports every element start with a matching end (it closes
/// implied and unclosed elements itself), so a stack of open node indices is enough.
/// Elements the extractor never reads (scripts, styles, hidden parts, the head's
/// contents) are skipped by counting depth until their end; `<title>` and JSON-LD
/// scripts are collected on the way. Nothing recurses, whatever the nesting depth.
///
/// Each page has a budget: past ``maximumElements`` elements or ``maximumDepth`` open
/// elements the parse stops and ``overBudget`` says why. ``HTMLMarkupBounds`` keeps any
/// page a browser would show well inside it; it stops what slipped past that model.
///
/// A struct reached through a pointer during the parse, not a class: a class's stored
/// properties are checked for exclusive access at run time on every touch, which cost
/// about a sixth of the time on pages of tiny elements.
struct HTMLDocumentBuilder {
    /// Elements one page may hold (the largest article pages hold tens of thousands).
    static let maximumElements = 2_000_000
    /// Elements open at once (libxml2 searches them for every stray end tag).
    static let maximumDepth = 2048

    var document = HTMLDocument()
    /// Why the parse was stopped early, if it was.
    private(set) var overBudget: ExtractionError?
    private var elements = 0
    private var tagCache = PointerCache<HTMLTag>()
    private var hintCache: [String: HTMLClassHints] = [:]
    private var attributeCache = PointerCache<HTMLAttributes.Name>()

    /// Open elements that made a node (its index), or `head` (-1).
    private var stack: [Int32] = []
    private var headDepth = 0
    /// Depth inside an element whose whole subtree is skipped (0: not skipping).
    private var skipDepth = 0
    /// What the skipped element's direct text is collected for, if anything.
    private var collecting = Collect.nothing
    private var collected: [UInt8] = []
    /// The text node that text arriving now extends (-1 after any element boundary).
    private var openText = -1

    private enum Collect { case nothing, title, jsonLD }

    init() {
        document.nodes.reserveCapacity(4096)
        document.textBytes.reserveCapacity(1 << 16)
    }

    /// Parses the UTF-8 `bytes` with libxml2's HTML parser; false when it could not start.
    mutating func parse(_ bytes: [UInt8], options: Int32) -> Bool {
        var callbacks = cxml_sax_callbacks(
            start: { user, name, attributes in
                guard let user, let name else { return 0 }
                let builder = user.assumingMemoryBound(to: HTMLDocumentBuilder.self)
                builder.pointee.start(name, attributes)
                return builder.pointee.overBudget == nil ? 0 : 1
            },
            end: { user, _ in
                user?.assumingMemoryBound(to: HTMLDocumentBuilder.self).pointee.end()
            },
            text: { user, bytes, length in
                guard let user, let bytes, length > 0 else { return }
                user.assumingMemoryBound(to: HTMLDocumentBuilder.self).pointee.text(bytes, Int(length))
            },
            raw: { user, bytes, length in
                guard let user, let bytes, length > 0 else { return }
                user.assumingMemoryBound(to: HTMLDocumentBuilder.self).pointee.raw(bytes, Int(length))
            })
        let status = withUnsafeMutablePointer(to: &self) { builder in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    cxml_html_sax_parse(base, Int32(buffer.count), options, &callbacks, builder)
                }
            }
        }
        while let open = stack.popLast() { close(open) }
        return status == 0
    }

    private mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        openText = -1
        elements += 1
        if elements > Self.maximumElements {
            overBudget = .tooManyElements(limit: Self.maximumElements)
        } else if stack.count + skipDepth >= Self.maximumDepth {
            overBudget = .nestedTooDeep(limit: Self.maximumDepth)
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let tag = tagOf(name)
        let values = readAttributes(attributes, tag: tag)
        if let index = enter(tag, values) {
            stack.append(index)
            if index == -1 { headDepth += 1 }
        } else {
            skipDepth = 1
        }
    }

    private mutating func end() {
        openText = -1
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 { finishCollecting() }
            return
        }
        if let open = stack.popLast() { close(open) }
    }

    private mutating func close(_ open: Int32) {
        if open == -1 {
            headDepth -= 1
        } else {
            document.nodes[Int(open)].end = Int32(document.nodes.count)
        }
    }

    private mutating func text(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
        if skipDepth > 0 {
            if skipDepth == 1 && collecting != .nothing {
                collected.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
            }
            return
        }
        if headDepth > 0 { return }
        document.textBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        if openText >= 0 {
            document.nodes[openText].textLength += Int32(length)
            return
        }
        let start = Int32(document.textBytes.count - length)
        let count = Int32(document.nodes.count)
        openText = Int(count)
        document.nodes.append(.init(tag: .text, parent: stack.last ?? -1, end: count + 1, text: start, textLength: Int32(length)))
    }

    /// Script and style contents: kept only for a JSON-LD script being collected.
    private mutating func raw(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
        if skipDepth == 1 && collecting != .nothing {
            collected.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        }
    }

    private mutating func finishCollecting() {
        let text = String(decoding: collected, as: UTF8.self)
        switch collecting {
        case .title: if document.facts.title == nil { document.facts.title = text }
        case .jsonLD: document.facts.jsonLD.append(text)
        case .nothing: break
        }
        collecting = .nothing
        collected.removeAll(keepingCapacity: true)
    }

    private mutating func tagOf(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        let key = UnsafeRawPointer(name)
        if let tag = tagCache[key] { return tag }
        let tag = HTMLTag(name: String(cString: name))
        tagCache[key] = tag
        return tag
    }

    /// Records facts from an element; returns its stack entry, or nil to skip its subtree.
    private mutating func enter(_ tag: HTMLTag, _ attributes: HTMLAttributes) -> Int32? {
        let parent = stack.last ?? -1
        switch tag {
        case .meta:
            document.facts.addMeta(attributes)
            return nil
        case .link:
            document.facts.addLink(attributes)
            return nil
        case .title:
            collecting = .title
            return nil
        case .script:
            if let type = attributes.type, type.lowercased().contains("ld+json") { collecting = .jsonLD }
            return nil
        case .html:
            if let lang = attributes.lang { document.facts.language = lang }
        case .head:
            return -1
        default:
            break
        }
        if headDepth > 0 || tag.isSkipped || attributes.hidesElement { return nil }
        let index = Int32(document.nodes.count)
        var item = HTMLDocument.Node(tag: tag, parent: parent, end: index + 1)
        let hints = classHints(attributes)
        if hints.hidden { return nil }
        item.hint = hints.weight
        if hints.byline { item.flags.insert(.byline) }
        if hints.comments { item.flags.insert(.comments) }
        if tag == .main { item.flags.insert(.roleMain) }
        if let role = attributes.role?.lowercased() {
            switch role {
            case "main", "article": item.flags.insert(.roleMain)
            case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search",
                 "dialog", "alert", "toolbar", "tablist":
                item.flags.insert(.furniture)
            default: break
            }
        }
        if let itemprop = attributes.itemprop?.lowercased() {
            if itemprop.contains("articlebody") || itemprop == "text" && tag != .meta { item.flags.insert(.articleBody) }
            if itemprop.contains("author") { item.flags.insert(.authorLink) }
            if itemprop == "datepublished", let value = attributes.datetime ?? attributes.content {
                document.facts.itempropDate = document.facts.itempropDate ?? value
            }
        }
        if tag == .a, let rel = attributes.rel?.lowercased(), rel.split(separator: " ").contains("author") {
            item.flags.insert(.authorLink)
        }
        if tag == .time, let datetime = attributes.datetime {
            document.facts.times.append(datetime)
        }
        document.nodes.append(item)
        return index
    }

    private mutating func readAttributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, tag: HTMLTag) -> HTMLAttributes {
        var attributes = HTMLAttributes()
        guard var pair = list else { return attributes }
        while let namePointer = pair[0] {
            let valuePointer = pair[1]
            pair += 2
            let key = UnsafeRawPointer(namePointer)
            let name: HTMLAttributes.Name
            if let cached = attributeCache[key] {
                name = cached
            } else {
                name = HTMLAttributes.Name(rawValue: String(cString: namePointer).lowercased()) ?? .unknown
                attributeCache[key] = name
            }
            if name == .unknown || !name.isRead(on: tag) { continue }
            attributes.set(name, valuePointer.map { String(cString: $0) } ?? "")
        }
        return attributes
    }

    private mutating func classHints(_ attributes: HTMLAttributes) -> HTMLClassHints {
        // Most elements carry neither: no array for them (felt on pages of tiny elements).
        if attributes.className == nil && attributes.id == nil { return .none }
        let values = [attributes.className, attributes.id].compactMap { $0 }
        if values.isEmpty { return .none }
        let key = values.joined(separator: "\u{1}")
        if let cached = hintCache[key] { return cached }
        let hints = HTMLClassHints(values)
        hintCache[key] = hints
        return hints
    }
}
