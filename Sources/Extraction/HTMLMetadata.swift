/// Reads what a page says about its article: title, date, authors, section, site, URL,
/// standfirst and language, from `<meta>`, JSON-LD, `<time>`, links and the URL itself.
///
/// Sources are tried from the most deliberate (Open Graph and JSON-LD, written for
/// machines) to the most incidental (a byline's class name, a date in the URL).
struct HTMLMetadata {
    let doc: HTMLDocument
    let source: Article.Source
    /// The JSON-LD object describing the article (`NewsArticle`, `BlogPosting`…), if any.
    let ld: HTMLJSON?

    init(doc: HTMLDocument, source: Article.Source) {
        self.doc = doc
        self.source = source
        ld = HTMLMetadata.articleObject(doc.facts.jsonLD)
    }

    /// An article holding the page's metadata and no body yet.
    func article() -> Article {
        let facts = doc.facts
        var article = Article(source: source)
        let urls: [String?] = [facts.canonical, facts.meta("og:url"), ld?["url"]?.string, ld?["mainEntityOfPage"]?["@id"]?.string]
        let url = urls.compactMap { $0?.trimmed }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        let site = facts.meta("og:site_name", "application-name") ?? ld?["publisher"]?["name"]?.string ?? url.flatMap(HTMLMetadata.host)
        article.source.url = url
        article.source.site = site
        article.title = title(site: site)
        let dated = date(url: url)
        article.date = dated?.day
        article.dateText = dated?.text
        (article.authors, article.byline) = authors()
        article.section = facts.meta("article:section", "parsely-section", "section", "category")
            ?? ld?["articleSection"]?.string
        article.dek = facts.meta("og:description", "description", "twitter:description") ?? ld?["description"]?.string
        article.language = language()
        article.credit = firstCaption()
        return article
    }

    // MARK: - Title

    private func title(site: String?) -> String {
        if let og = doc.facts.meta("og:title", "twitter:title") { return HTMLMetadata.strip(og, site: site) }
        if let headline = ld?["headline"]?.string?.trimmed, !headline.isEmpty { return headline }
        if let h1 = firstText(of: .h1), h1.count >= 3 { return h1 }
        return HTMLMetadata.strip(doc.facts.title?.trimmed ?? "", site: site)
    }

    /// Removes a site-name part (`Headline | Site`, `Site - Headline`) from a title.
    static func strip(_ title: String, site: String?) -> String {
        let text = TextSanitizer.clean(title)
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] where text.contains(separator) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            let siteLower = site?.lowercased()
            let kept = parts.filter { part in
                let lower = part.lowercased()
                return siteLower.map { !($0 == lower || $0.contains(lower) || lower.contains($0)) } ?? true
            }
            if kept.count == 1 { return kept[0] }
            if kept.count < parts.count, !kept.isEmpty { return kept.joined(separator: separator) }
            let longest = parts.max { $0.count < $1.count } ?? text
            if site == nil, longest.count * 2 > text.count {
                return longest
            }
            return text
        }
        return text
    }

    // MARK: - Date

    private func date(url: String?) -> (day: String, text: String)? {
        let facts = doc.facts
        let candidates: [String?] = [
            facts.meta("article:published_time", "datepublished", "og:article:published_time", "publishdate",
                       "pubdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
            ld?["datePublished"]?.string, facts.itempropDate, facts.times.first, ld?["dateCreated"]?.string,
        ]
        for case let text? in candidates {
            if let day = HTMLDates.isoDay(in: text) { return (day, text.trimmed) }
        }
        if let url, let day = HTMLDates.dayInURL(url) { return (day, day) }
        return nil
    }

    // MARK: - Authors

    /// Author names, and the role a byline gives them ("AP Auto Writer").
    private func authors() -> ([String], String?) {
        var names: [String] = []
        if let author = ld?["author"] {
            for item in author.items {
                if let name = item["name"]?.string ?? item.string { names.append(name) }
            }
        }
        if names.isEmpty, let meta = doc.facts.meta("author", "article:author", "byl", "sailthru.author", "parsely-author"),
           !meta.hasPrefix("http") {
            names = HTMLMetadata.splitNames(meta)
        }
        if names.isEmpty {
            var looked = 0
            for i in doc.nodes.indices where doc.nodes[i].flags.contains(.authorLink) {
                // Bounded: nested author elements must not make this quadratic.
                looked += 1
                if looked > 16 || names.count >= 5 { break }
                guard boundedTextLength(i) <= 400 else { continue }
                let text = doc.text(of: i)
                if !text.isEmpty && text.count <= 80 { names.append(text) }
            }
        }
        if names.isEmpty, let i = doc.nodes.indices.first(where: { isBylineOutsideComments($0) }) {
            let text = doc.text(of: i)
            if text.count <= 120 { names = HTMLMetadata.splitNames(text) }
        }
        var seen = Set<String>()
        let parts = names.flatMap { HTMLMetadata.splitNames($0) }
        let role = parts.first { HTMLMetadata.isRole($0) && $0.count <= 80 }
        let people = parts
            .filter { HTMLMetadata.looksLikeName($0) && !HTMLMetadata.isRole($0) && seen.insert($0.lowercased()).inserted }
            .prefix(8).map { $0 }
        return (people, people.isEmpty ? nil : role)
    }

    /// A byline element that is not part of a comment section or a form.
    private func isBylineOutsideComments(_ i: Int) -> Bool {
        guard doc.nodes[i].tag != .text, doc.nodes[i].flags.contains(.byline) else { return false }
        var j = Int(doc.nodes[i].parent), steps = 0
        while j >= 0 && steps < 24 {
            let node = doc.nodes[j]
            if node.flags.contains(.comments) || node.tag == .form || node.tag == .label { return false }
            j = Int(node.parent)
            steps += 1
        }
        return doc.nodes[i].tag != .label
    }

    /// Words that make a byline part a job title, not a name ("AP Auto Writer").
    static let roleWords: Set<String> = [
        "writer", "correspondent", "editor", "reporter", "columnist", "contributor", "staff", "producer",
        "analyst", "critic", "photographer",
    ]

    /// Whether a byline part is a role rather than a name.
    static func isRole(_ text: String) -> Bool {
        text.lowercased().split(separator: " ").contains { roleWords.contains(String($0)) }
    }

    /// A person's or an agency's name: short, a few words, no digits, handles or links.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return !text.isEmpty && text.count <= 60 && words <= 6 && !text.hasPrefix("http")
            && !text.contains(where: { $0.isNumber || $0 == "@" || $0 == "|" || $0 == "•" })
    }

    /// Splits a byline ("By Ann Lee and Bo Kim") into names.
    static func splitNames(_ text: String) -> [String] {
        var line = TextSanitizer.clean(text)
        for prefix in ["By ", "by ", "BY ", "By: ", "Von ", "von ", "Par ", "par ", "Por ", "por "] where line.hasPrefix(prefix) {
            line = String(line.dropFirst(prefix.count))
        }
        return line.replacingOccurrences(" and ", with: ",").replacingOccurrences(" & ", with: ",")
            .split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// The byte length of the subtree text, counted only up to just past 400.
    private func boundedTextLength(_ i: Int) -> Int {
        var total = 0
        var j = i
        let end = min(Int(doc.nodes[i].end), doc.nodes.count)
        while j < end && total <= 400 {
            if doc.nodes[j].tag == .text { total += Int(doc.nodes[j].textLength) }
            j += 1
        }
        return total
    }

    // MARK: - Language, captions, JSON-LD

    private func language() -> String? {
        let raw = doc.facts.language ?? doc.facts.meta("content-language", "og:locale", "language") ?? ld?["inLanguage"]?.string
        guard let raw = raw?.trimmed, !raw.isEmpty, raw.count <= 35 else { return nil }
        let tag = raw.replacingOccurrences("_", with: "-")
        return tag.split(separator: ",").first.map { String($0).trimmed }
    }

    private func firstCaption() -> String? {
        firstText(of: .figcaption).flatMap { $0.count <= 400 ? $0 : nil }
    }

    private func firstText(of tag: HTMLTag) -> String? {
        guard let i = doc.nodes.indices.first(where: { doc.nodes[$0].tag == tag }) else { return nil }
        let text = doc.text(of: i)
        return text.isEmpty ? nil : text
    }

    /// The first JSON-LD object whose `@type` names an article, searching `@graph` too.
    static func articleObject(_ blocks: [String]) -> HTMLJSON? {
        var fallback: HTMLJSON?
        for block in blocks.prefix(16) {
            guard block.utf8.count < 2_000_000, let json = HTMLJSON.parse(block) else { continue }
            var queue = json.items
            if let graph = json["@graph"] { queue += graph.items }
            var next = 0
            while next < queue.count && next < 200 {
                let item = queue[next]
                next += 1
                if let graph = item["@graph"] { queue += graph.items }
                let types = (item["@type"]?.items ?? []).compactMap(\.string)
                if types.contains(where: { $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0 == "Report" }) {
                    return item
                }
                if fallback == nil, types.contains(where: { $0 == "WebPage" }) { fallback = item }
            }
        }
        return fallback
    }

    static func host(_ url: String) -> String? {
        guard let range = url.firstRange(of: "://") else { return nil }
        let rest = url[range.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host.hasPrefix("www.") ? host.dropFirst(4) : host)
    }
}

extension String {
    /// Every occurrence of `target` replaced with `replacement` (no Foundation here).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
