/// Parses plain-text page dumps into articles. (Stub: issue #2 replaces this.)
public enum TextPageParser {
    /// Returns the article in `text`, or throws ``ExtractionError/noArticle``.
    public static func parse(_ text: String, source: Article.Source) throws(ExtractionError) -> Article {
        throw .noArticle
    }
}
