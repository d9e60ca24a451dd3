/// What an element's `class` and `id` say about it, the way Readability reads them.
///
/// Names are split into words on anything that is not a letter or digit; short words must
/// match whole (`ad`, `nav`), longer ones may appear inside a word (`relatedStories`).
struct HTMLClassHints: Sendable {
    /// Positive for content-like names, negative for page furniture.
    var weight: Int16 = 0
    /// Names that hide the element from sighted readers (`sr-only`, `visually-hidden`).
    var hidden = false
    /// Names of a byline or author box.
    var byline = false
    /// Names of comment sections, which read like prose and must never pass as article.
    var comments = false

    static let none = HTMLClassHints()

    /// Reads the hints in `class` and `id` values.
    init(_ values: [String]) {
        var negative = false, positive = false
        for value in values {
            var bytes = Array(value.utf8)
            HTMLText.lowercaseASCII(&bytes)
            for whole in bytes.split(separator: 0x20) where HTMLClassHints.hiddenNames.contains(String(decoding: whole, as: UTF8.self)) {
                hidden = true
            }
            let isWordByte: (UInt8) -> Bool = { $0 >= 0x80 || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
            for word in bytes.split(whereSeparator: { !isWordByte($0) }) where word.count <= 24 {
                let w = String(decoding: word, as: UTF8.self)
                if HTMLClassHints.negativeWords.contains(w) { negative = true }
                if HTMLClassHints.positiveWords.contains(w) { positive = true }
                if w == "byline" || w.hasPrefix("byline") || w.hasSuffix("author") || HTMLClassHints.authorWords.contains(w) { byline = true }
                if w.hasPrefix("comment") || w == "disqus" || w == "respond" { comments = true }
            }
            if !negative { negative = HTMLClassHints.negativeStems.contains { bytes.containsBytes($0) } }
            if !positive { positive = HTMLClassHints.positiveStems.contains { bytes.containsBytes($0) } }
        }
        if negative { weight -= 25 }
        if positive { weight += 25 }
        if comments { weight -= 25 }
    }

    init() {}

    private static let hiddenNames: Set<String> = [
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screenreader-only", "d-none", "is-hidden", "u-hidden", "offscreen",
    ]

    private static let authorWords: Set<String> = ["author", "autor", "auteur", "autore", "writer", "authors"]

    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "tag", "tags", "share", "meta", "foot", "footer",
        "sidebar", "aside", "widget", "promo", "social", "related", "sponsor", "sponsored", "cookie",
        "cookies", "banner", "popup", "modal", "masthead", "breadcrumb", "breadcrumbs", "pagination",
        "pager", "toolbar", "print", "rating", "skip", "subscribe", "signup", "newsletter", "outbrain",
        "taboola", "teaser", "teasers", "trending", "popular", "recommended", "more", "next", "prev",
        "combx", "shoutbox", "tool", "tools", "utility", "hidden", "login", "byline",
        "timestamp", "dateline", "caption", "credit", "bio", "copyright", "legal", "disclaimer",
        "autor", "auteur", "autore",
    ]

    private static let negativeStems: [[UInt8]] = [
        "sidebar", "related", "comment", "newsletter", "advert", "sponsor", "promo", "social",
        "sharing", "share-", "breadcrumb", "subscri", "signup", "cookie", "outbrain", "taboola",
        "recommend", "trending", "popular", "widget", "carousel", "footer", "header", "navbar",
        "navigation", "masthead", "disqus", "banner", "readmore", "read-more", "caption", "credit",
    ].map { Array($0.utf8) }

    private static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story",
        "prose", "richtext", "hentry", "permalink",
    ]

    private static let positiveStems: [[UInt8]] = [
        "article", "content", "story", "entry", "richtext", "rich-text", "postbody", "articlebody",
    ].map { Array($0.utf8) }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count && self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
