import CLibXML2

/// Parses HTML pages into articles on libxml2. (Stub: issue #5 replaces this.)
public enum HTMLPageParser {
    /// Returns the article in the HTML `bytes`, or throws.
    public static func parse(_ bytes: [UInt8], source: Article.Source) throws(ExtractionError) -> PageExtractor.Result {
        _ = htmlParserVersion
        throw .noArticle
    }

    private static var htmlParserVersion: Int32 { LIBXML_VERSION }
}
