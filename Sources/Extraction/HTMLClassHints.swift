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
            let lower = value.lowercased()
            for whole in lower.split(separator: " ") where HTMLClassHints.hiddenNames.contains(String(whole)) {
                hidden = true
            }
            for word in lower.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                let w = String(word)
                if HTMLClassHints.negativeWords.contains(w) { negative = true }
                if HTMLClassHints.positiveWords.contains(w) { positive = true }
                if w == "byline" || w == "author" || w.hasPrefix("byline") || w.hasSuffix("author") { byline = true }
                if w.hasPrefix("comment") || w == "disqus" || w == "respond" { comments = true }
                if !negative, HTMLClassHints.negativeStems.contains(where: { w.contains($0) }) { negative = true }
                if !positive, HTMLClassHints.positiveStems.contains(where: { w.contains($0) }) { positive = true }
            }
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

    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "tag", "tags", "share", "meta", "foot", "footer",
        "sidebar", "aside", "widget", "promo", "social", "related", "sponsor", "sponsored", "cookie",
        "cookies", "banner", "popup", "modal", "masthead", "breadcrumb", "breadcrumbs", "pagination",
        "pager", "toolbar", "print", "rating", "skip", "subscribe", "signup", "newsletter", "outbrain",
        "taboola", "teaser", "teasers", "trending", "popular", "recommended", "more", "next", "prev",
        "combx", "shoutbox", "tool", "tools", "utility", "hidden", "login", "paywall", "byline",
        "timestamp", "dateline", "caption", "credit", "bio",
    ]

    private static let negativeStems: [String] = [
        "sidebar", "related", "comment", "newsletter", "advert", "sponsor", "promo", "social",
        "sharing", "share-", "breadcrumb", "subscri", "signup", "cookie", "outbrain", "taboola",
        "recommend", "trending", "popular", "widget", "carousel", "footer", "header", "navbar",
        "navigation", "masthead", "disqus", "banner", "paywall", "readmore", "read-more",
    ]

    private static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story",
        "prose", "richtext", "hentry", "permalink",
    ]

    private static let positiveStems: [String] = [
        "article", "content", "story", "entry", "richtext", "rich-text", "postbody", "articlebody",
    ]
}
