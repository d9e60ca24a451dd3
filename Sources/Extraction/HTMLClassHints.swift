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
    ///
    /// Words are hashed while they are scanned and looked up in one flat table, so reading
    /// a name allocates nothing beyond one lower-cased copy of it.
    init(_ values: [String]) {
        var negative = false, positive = false
        let table = HTMLClassHints.table
        for value in values {
            var bytes = Array(value.utf8)
            HTMLText.lowercaseASCII(&bytes)
            var token = HTMLClassHints.seed, word = HTMLClassHints.seed
            var wordStart = 0
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
                if b == 0x20 {
                    if table.flags(token) & HTMLClassHints.hiddenFlag != 0 { hidden = true }
                    token = HTMLClassHints.seed
                } else {
                    token = HTMLClassHints.mix(token, b)
                }
                if b >= 0x80 || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) {
                    word = HTMLClassHints.mix(word, b)
                    continue
                }
                let length = i - wordStart
                if length > 0 && length <= 24 {
                    let flags = table.flags(word)
                    let w = bytes[wordStart..<i]
                    if flags & HTMLClassHints.negativeFlag != 0 { negative = true }
                    if flags & HTMLClassHints.positiveFlag != 0 { positive = true }
                    if flags & HTMLClassHints.authorFlag != 0 || w.starts(with: HTMLClassHints.bylineBytes)
                        || w.reversed().starts(with: HTMLClassHints.authorBytesReversed) {
                        byline = true
                    }
                    if flags & HTMLClassHints.commentFlag != 0 || w.starts(with: HTMLClassHints.commentBytes) { comments = true }
                }
                word = HTMLClassHints.seed
                wordStart = i + 1
            }
            if !negative || !positive { HTMLClassHints.matchStems(bytes, negative: &negative, positive: &positive) }
        }
        if negative { weight -= 25 }
        if positive { weight += 25 }
        if comments { weight -= 25 }
    }

    /// Sets `negative`/`positive` when a stem occurs in `bytes`; one pass, stems looked up by first byte.
    private static func matchStems(_ bytes: [UInt8], negative: inout Bool, positive: inout Bool) {
        let byFirst = stemsByFirstByte
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<b.count {
                for (stem, isNegative) in byFirst[Int(b[i])] where isNegative ? !negative : !positive {
                    guard i + stem.count <= b.count else { continue }
                    var k = 1
                    while k < stem.count && b[i + k] == stem[k] { k += 1 }
                    if k == stem.count {
                        if isNegative { negative = true } else { positive = true }
                    }
                }
                if negative && positive { return }
            }
        }
    }

    /// Every stem, listed under its first byte, with whether it is negative.
    private static let stemsByFirstByte: [[(stem: [UInt8], isNegative: Bool)]] = {
        var table = Array(repeating: [(stem: [UInt8], isNegative: Bool)](), count: 256)
        for stem in negativeStems { table[Int(stem[0])].append((stem, true)) }
        for stem in positiveStems { table[Int(stem[0])].append((stem, false)) }
        return table
    }()

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always)
    private static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    private static func hash(_ word: String) -> UInt64 { word.utf8.reduce(seed, mix) }

    private static let hiddenFlag: UInt8 = 1, negativeFlag: UInt8 = 2, positiveFlag: UInt8 = 4
    private static let authorFlag: UInt8 = 8, commentFlag: UInt8 = 16
    private static let bylineBytes = Array("byline".utf8)
    private static let authorBytesReversed = Array("author".utf8.reversed())
    private static let commentBytes = Array("comment".utf8)

    /// Every listed name hashed to its flags.
    private static let table: HashedWords = {
        var table = HashedWords(capacity: 256)
        for name in hiddenNames { table.insert(hash(name), flags: hiddenFlag) }
        for name in negativeWords { table.insert(hash(name), flags: negativeFlag) }
        for name in positiveWords { table.insert(hash(name), flags: positiveFlag) }
        for name in authorWords { table.insert(hash(name), flags: authorFlag) }
        for name in ["disqus", "respond"] { table.insert(hash(name), flags: commentFlag) }
        return table
    }()

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
