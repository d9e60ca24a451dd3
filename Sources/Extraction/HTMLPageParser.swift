import CLibXML2

/// Parses HTML pages into articles on libxml2.
///
/// The page is decoded (``HTMLCharset``), parsed by libxml2's forgiving HTML parser with
/// no network access into a flat node table (``HTMLDocument``), and read twice: once
/// for the article text (``HTMLMainContent``) and once for what the page says about itself
/// (``HTMLMetadata``). Nothing here recurses over the tree, so nesting depth cannot
/// overflow the stack.
///
/// Architecture note (status 2026-12-08, branch h-html): `HTMLCharset` turns every page into
/// UTF-8 first (legacy charsets through `CharsetDecoder`), so libxml2 converts nothing.
/// `HTMLRawTextSkipper` empties `<script>`/`<style>` elements (JSON-LD kept) in one byte
/// scan, and `HTMLMarkupBounds` removes what would make libxml2 slower than linear (excess
/// attributes, stray end tags, elements open past a bound). `LibXML2` initialises the
/// library once for all threads. libxml2's HTML parser then
/// runs with SAX callbacks only (no DOM) and `HTMLDocumentBuilder` builds the node table
/// from its events, copying out only what is used — tags as ``HTMLTag``, class/id hints
/// (``HTMLClassHints``), text as one UTF-8 arena, `<meta>`/`<link>`/JSON-LD as
/// ``HTMLPageFacts``. `HTMLTextStats` sums each subtree
/// in one reverse pass; `HTMLSegmenter` cuts text into blocks; `HTMLContentScorer` picks
/// the container (paragraph scores propagated to ancestors, tree hints, link density,
/// growth into ancestors that add prose, sibling inclusion); `HTMLContentCleaner` drops
/// furniture inside it. No rule names a site: the holdout half of the corpus is unseen.
public enum HTMLPageParser {
    /// Returns the article in the HTML `bytes`, or throws.
    ///
    /// - Throws: ``ExtractionError/empty`` for no text, ``ExtractionError/binary`` for data
    ///   that is not a page, ``ExtractionError/noArticle`` when no prose is found,
    ///   ``ExtractionError/tooManyElements(limit:)`` or ``ExtractionError/nestedTooDeep(limit:)``
    ///   for markup over the parse budget.
    public static func parse(_ bytes: [UInt8], source: Article.Source) throws(ExtractionError) -> PageExtractor.Result {
        let input = try HTMLCharset.prepare(bytes)
        guard let doc = try HTMLDocument.parse(input.bytes) else { throw .noArticle }
        let content = HTMLMainContent(doc)
        let metadata = HTMLMetadata(doc: doc, source: source)
        var article = metadata.article()
        article.body = content.body()
        if let text = metadata.ld?["articleBody"]?.string {
            article.body = preferStructuredBody(article.body, jsonLD: text)
        }
        if article.body.isEmpty { throw .noArticle }
        article.body = dropLeadingByline(article.body, authors: article.authors)
        article.dek = standfirst(article.dek, body: article.body, title: article.title)
        return PageExtractor.Result(article: article, warnings: input.warnings)
    }

    /// The JSON-LD `articleBody` when the page's own markup gave much less (a page that
    /// renders its text with scripts); otherwise the extracted body.
    static func preferStructuredBody(_ body: [Article.Block], jsonLD text: String) -> [Article.Block] {
        let extracted = body.reduce(0) { $0 + $1.text.utf8.count }
        let structured = text.utf8.count
        guard structured >= 200, extracted * 2 < structured else { return body }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { HTMLText.collapse(String($0)) }
            .filter { !$0.isEmpty }
            .map { Article.Block(.paragraph, $0) }
    }

    /// The body without a byline line ("By Ann Lee") among its first blocks.
    ///
    /// Only names of three characters or more count (a page's `author` meta can hold "a"), and
    /// the body always keeps at least one block: a byline is never all there is.
    static func dropLeadingByline(_ body: [Article.Block], authors: [String]) -> [Article.Block] {
        let names = authors.filter { $0.count >= 3 }
        guard !names.isEmpty, body.count > 1 else { return body }
        var result = body
        for index in (0..<min(3, body.count)).reversed() where result.count > 1 {
            let text = body[index].text
            if text.count <= 80, names.contains(where: { text.contains($0) }) { result.remove(at: index) }
        }
        return result
    }

    /// The page description as a standfirst, unless it only repeats the title or opens the body.
    static func standfirst(_ description: String?, body: [Article.Block], title: String) -> String? {
        guard let description else { return nil }
        let dek = TextSanitizer.clean(description)
        guard !dek.isEmpty, dek.count <= 400, dek != title else { return nil }
        let head = String(dek.prefix(40)).lowercased()
        let opening = body.lazy.filter { $0.kind != .caption }.prefix(2).map { TextSanitizer.clean($0.text).lowercased() }
        if opening.contains(where: { $0.hasPrefix(head) || dek.lowercased().hasPrefix(String($0.prefix(40))) && $0.count >= 20 }) {
            return nil
        }
        return dek
    }
}
