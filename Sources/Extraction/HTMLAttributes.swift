import CLibXML2

/// The attributes of one element that the extractor reads, gathered in one pass.
struct HTMLAttributes {
    /// Attribute names worth reading; every other name is ``unknown``.
    enum Name: String {
        case className = "class", id, role, itemprop, style, hidden, ariaHidden = "aria-hidden"
        case rel, type, datetime, content, name, property, charset, httpEquiv = "http-equiv"
        case href, lang, xmlLang = "xml:lang"
        case unknown = ""

        /// Whether the extractor needs this attribute on `tag`; others are never copied out.
        func isRead(on tag: HTMLTag) -> Bool {
            switch self {
            case .className, .id, .role, .itemprop, .style, .hidden, .ariaHidden, .unknown: return true
            case .rel: return tag == .a || tag == .link
            case .href: return tag == .link
            case .type: return tag == .script
            case .datetime: return true
            case .content: return true
            case .name, .property, .charset, .httpEquiv: return tag == .meta
            case .lang, .xmlLang: return tag == .html
            }
        }
    }

    var className: String?, id: String?, role: String?, itemprop: String?, style: String?
    var hidden = false, ariaHidden = false
    var rel: String?, type: String?, datetime: String?, content: String?, name: String?
    var property: String?, charset: String?, httpEquiv: String?, href: String?, lang: String?

    mutating func set(_ key: Name, _ value: String) {
        switch key {
        case .className: className = value
        case .id: id = value
        case .role: role = value
        case .itemprop: itemprop = value
        case .style: style = value
        case .hidden: hidden = true
        case .ariaHidden: ariaHidden = value.lowercased() == "true"
        case .rel: rel = value
        case .type: type = value
        case .datetime: datetime = value
        case .content: content = value
        case .name: name = value
        case .property: property = value
        case .charset: charset = value
        case .httpEquiv: httpEquiv = value
        case .href: href = value
        case .lang, .xmlLang: lang = lang ?? value
        case .unknown: break
        }
    }

    /// Whether the element is hidden from readers by `hidden`, `aria-hidden` or an inline style.
    var hidesElement: Bool {
        if hidden || ariaHidden { return true }
        guard let style, style.utf8.count < 2000 else { return false }
        var compact = style.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        HTMLText.lowercaseASCII(&compact)
        return compact.containsBytes(HTMLAttributes.displayNone) || compact.containsBytes(HTMLAttributes.visibilityHidden)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    /// The text of an attribute (libxml2 keeps it as child text nodes).
    static func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { result += String(cString: content) }
            child = node.pointee.next
        }
        return result
    }

    /// The concatenated text of an element's direct text children (`<title>`, `<script>`).
    static func text(of element: xmlNodePtr) -> String {
        var result = ""
        var child = element.pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
               let content = node.pointee.content {
                result += String(cString: content)
            }
            child = node.pointee.next
        }
        return result
    }
}
