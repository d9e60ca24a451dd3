/// What a page says about itself outside the article text: `<meta>`, `<link>`, JSON-LD,
/// `<title>`, `<time>`, `lang`. Collected during the walk, read by ``HTMLMetadata``.
struct HTMLPageFacts {
    /// `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`; first one wins.
    var metas: [String: String] = [:]
    /// `<link rel=canonical>`.
    var canonical: String?
    /// Raw text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The `<title>` text.
    var title: String?
    /// `<html lang>`.
    var language: String?
    /// `<time datetime>` values in page order.
    var times: [String] = []
    /// `itemprop=datePublished` on a non-meta element.
    var itempropDate: String?

    mutating func addMeta(_ attributes: HTMLAttributes) {
        guard let content = attributes.content else { return }
        for key in [attributes.property, attributes.name, attributes.itemprop, attributes.httpEquiv] {
            guard let key else { continue }
            let lower = key.lowercased()
            if metas[lower] == nil { metas[lower] = content }
        }
    }

    mutating func addLink(_ attributes: HTMLAttributes) {
        guard let rel = attributes.rel?.lowercased(), let href = attributes.href else { return }
        if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = href }
    }

    /// The first meta value among `keys`, trimmed, if not empty.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            if let value = metas[key]?.trimmed, !value.isEmpty { return value }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The string with runs of whitespace collapsed to one space and the ends trimmed.
    var collapsingWhitespace: String {
        var out = String.UnicodeScalarView()
        var pending = false
        for s in unicodeScalars {
            if s.properties.isWhitespace {
                pending = true
            } else {
                if pending && !out.isEmpty { out.append(" ") }
                pending = false
                out.append(s)
            }
        }
        return String(out)
    }
}
