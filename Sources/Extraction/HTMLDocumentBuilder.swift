import CLibXML2

/// Walks a libxml2 tree once, iteratively, into an ``HTMLDocument``.
struct HTMLDocumentBuilder {
    var document = HTMLDocument()
    private var tagCache = PointerCache<HTMLTag>()
    private var hintCache: [String: HTMLClassHints] = [:]
    private var attributeCache = PointerCache<HTMLAttributes.Name>()

    private struct Open {
        var node: xmlNodePtr
        var index: Int32
        var isHead: Bool
    }

    mutating func walk(_ doc: htmlDocPtr) {
        document.nodes.reserveCapacity(4096)
        document.textBytes.reserveCapacity(1 << 16)
        var stack: [Open] = []
        var headDepth = 0
        var next: xmlNodePtr? = doc.pointee.children
        while let node = next {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = tagOf(node)
                if let open = enter(node, tag: tag, inHead: headDepth > 0, parent: stack.last?.index ?? -1) {
                    if node.pointee.children != nil {
                        stack.append(open)
                        if open.isHead { headDepth += 1 }
                        descend = true
                    } else if open.index >= 0 {
                        document.nodes[Int(open.index)].end = Int32(document.nodes.count)
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if headDepth == 0, let content = node.pointee.content {
                    let length = Int(xmlStrlen(content))
                    if length > 0 {
                        let parent = stack.last?.index ?? -1
                        let start = Int32(document.textBytes.count)
                        document.textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                        let count = Int32(document.nodes.count)
                        document.nodes.append(.init(tag: .text, parent: parent, end: count + 1, text: start, textLength: Int32(length)))
                    }
                }
            default:
                break
            }
            if descend {
                next = node.pointee.children
                continue
            }
            var current = node
            next = nil
            while true {
                if let sibling = current.pointee.next {
                    next = sibling
                    break
                }
                guard let open = stack.popLast() else { break }
                if open.isHead { headDepth -= 1 }
                if open.index >= 0 { document.nodes[Int(open.index)].end = Int32(document.nodes.count) }
                current = open.node
            }
        }
    }

    private mutating func tagOf(_ node: xmlNodePtr) -> HTMLTag {
        guard let name = node.pointee.name else { return .other }
        let key = UnsafeRawPointer(name)
        if let tag = tagCache[key] { return tag }
        let tag = HTMLTag(name: String(cString: name))
        tagCache[key] = tag
        return tag
    }

    /// Records facts from `node`; returns the stack entry when the walk should go inside.
    private mutating func enter(_ node: xmlNodePtr, tag: HTMLTag, inHead: Bool, parent: Int32) -> Open? {
        let attributes = readAttributes(node, tag: tag)
        switch tag {
        case .meta:
            document.facts.addMeta(attributes)
            return nil
        case .link:
            document.facts.addLink(attributes)
            return nil
        case .title:
            if document.facts.title == nil { document.facts.title = HTMLAttributes.text(of: node) }
            return nil
        case .script:
            if let type = attributes.type, type.lowercased().contains("ld+json") {
                document.facts.jsonLD.append(HTMLAttributes.text(of: node))
            }
            return nil
        case .html:
            if let lang = attributes.lang { document.facts.language = lang }
        case .head:
            return Open(node: node, index: -1, isHead: true)
        default:
            break
        }
        if inHead || tag.isSkipped || attributes.hidesElement { return nil }
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
        return Open(node: node, index: index, isHead: false)
    }

    private mutating func readAttributes(_ node: xmlNodePtr, tag: HTMLTag) -> HTMLAttributes {
        var attributes = HTMLAttributes()
        var next = node.pointee.properties
        while let attribute = next {
            next = attribute.pointee.next
            guard let namePointer = attribute.pointee.name else { continue }
            let key = UnsafeRawPointer(namePointer)
            let name: HTMLAttributes.Name
            if let cached = attributeCache[key] {
                name = cached
            } else {
                name = HTMLAttributes.Name(rawValue: String(cString: namePointer).lowercased()) ?? .unknown
                attributeCache[key] = name
            }
            if name == .unknown || !name.isRead(on: tag) { continue }
            attributes.set(name, HTMLAttributes.value(of: attribute))
        }
        return attributes
    }

    private mutating func classHints(_ attributes: HTMLAttributes) -> HTMLClassHints {
        let values = [attributes.className, attributes.id].compactMap { $0 }
        if values.isEmpty { return .none }
        let key = values.joined(separator: "\u{1}")
        if let cached = hintCache[key] { return cached }
        let hints = HTMLClassHints(values)
        hintCache[key] = hints
        return hints
    }
}
