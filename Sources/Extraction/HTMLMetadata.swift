/// Reads what a page says about its article: title, date, authors, section, site, URL,
/// standfirst and language, from `<meta>`, JSON-LD, `<time>`, links and the URL itself.
struct HTMLMetadata {
    let doc: HTMLDocument
    let source: Article.Source

    /// An article holding the page's metadata and no body yet.
    func article() -> Article {
        var article = Article(source: source)
        article.title = doc.facts.meta("og:title", "twitter:title") ?? doc.facts.title ?? ""
        return article
    }
}
