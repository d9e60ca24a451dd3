import CLibXML2
import Testing
@testable import Extraction

/// Markup shaped to make libxml2 slower than linear: each page, at a size that took seconds
/// or minutes before the bounds, still gives its article (or a named refusal). No timings
/// here: the checks are on what reaches libxml2 and on what comes out.
@Suite struct HTMLHostileShapeTests {
    private let story = (1...6).map {
        "<p>Paragraph \($0) says something about the harbour, the council and the weather, at an ordinary length.</p>"
    }.joined()

    private func page(_ middle: String) -> [UInt8] {
        Array("<html><head><title>T</title></head><body><article><h1>Story</h1>\(story)</article>\(middle)</body></html>".utf8)
    }

    private func paragraphs(_ bytes: [UInt8]) throws -> Int {
        try PageExtractor.extract(bytes, path: "page.html").article.bodyText.filter { $0.hasPrefix("Paragraph") }.count
    }

    @Test func eightyThousandAttributesOnOneElementAreCutToTheLimit() throws {
        let attributes = (0..<80_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let bytes = page("<div \(attributes)>x</div>")
        let bounded = try #require(HTMLMarkupBounds.apply(bytes))
        let tag = String(decoding: bounded, as: UTF8.self).split(separator: "<div ").last ?? ""
        let kept = tag.prefix { $0 != ">" }.split(separator: " ").count
        #expect(kept == HTMLMarkupBounds.attributesPerElement)
        #expect(try paragraphs(bytes) == 6)
    }

    /// Found by the mutation fuzzer (seed 11): a start tag cut off by the page's end kept all
    /// its 87,000 attributes, and the page took 16 s.
    @Test func aStartTagThatRunsToThePageEndIsCutToTheLimitToo() throws {
        let attributes = (0..<5_000).map { "a\($0)=x" }.joined(separator: " ")
        let bounded = String(decoding: try #require(HTMLMarkupBounds.apply(Array("<p>text</p><div \(attributes)".utf8))), as: UTF8.self)
        let tag = bounded.split(separator: "<div ").last ?? ""
        #expect(tag.split(separator: " ").count == HTMLMarkupBounds.attributesPerElement)
    }

    @Test func attributesPastTheLimitAreCutWhateverTheirQuoting() {
        let attributes = (0..<100).map { $0 % 3 == 0 ? "a\($0)='x >'" : $0 % 3 == 1 ? "a\($0)=x" : "a\($0)" }.joined(separator: " ")
        let bounded = HTMLMarkupBounds.apply(Array("<b \(attributes)/>text".utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(bounded?.hasSuffix(" a62 a63='x >' />text") == true, "\(bounded ?? "")")
    }

    @Test func strayEndTagsUnderDeepOpenElementsNeverReachTheParser() throws {
        let bytes = page(String(repeating: "<span>", count: 100_000) + "x" + String(repeating: "</em>", count: 100_000))
        let bounded = String(decoding: try #require(HTMLMarkupBounds.apply(bytes)), as: UTF8.self)
        #expect(!bounded.contains("</em>"))
        #expect(bounded.components(separatedBy: "<span>").count - 1 <= HTMLMarkupBounds.openElements)
        #expect(try paragraphs(bytes) == 6)
    }

    @Test func elementsOpenPastTheLimitLoseTheirTagsButKeepTheirText() throws {
        let depth = 1_000
        let html = "<html><body>" + (0..<depth).map { "<div>level \($0) " }.joined() + String(repeating: "</div>", count: depth) + "</body></html>"
        let bounded = String(decoding: try #require(HTMLMarkupBounds.apply(Array(html.utf8))), as: UTF8.self)
        #expect(bounded.components(separatedBy: "<div>").count - 1 == HTMLMarkupBounds.openElements)
        #expect(bounded.components(separatedBy: "</div>").count - 1 == HTMLMarkupBounds.openElements)
        #expect(bounded.contains("level 999 "))
    }

    @Test func anEndTagClosesWhatItClosesInLibxml2() {
        // `</span>` cannot close past an open `<div>` (higher end priority): libxml2 ignores it.
        let html = "<span><div>a</span>b</div></span>"
        let bounded = HTMLMarkupBounds.apply(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(bounded == "<span><div>ab</div></span>")
    }

    @Test func ordinaryPagesPassUntouched() {
        let html = "<html><head><meta charset=utf-8><script>if (a < b) { x = '</div>' }</script></head><body>"
            + "<ul><li>one<li>two</ul><p>a<br>b<p>c<img src=x><table><tr><td>1<td>2<tr><td>3</table>"
            + "<!-- </div> --><div class=\"a\" id='b' hidden>text</div></body></html>"
        #expect(HTMLMarkupBounds.apply(Array(html.utf8)) == nil)
    }

    @Test func unclosedListItemsAndParagraphsByTheThousandStayParagraphs() throws {
        let items = (0..<3_000).map { "<li>Item \($0) of a long list that someone never closed, with words" }.joined()
        let paras = (1...6).map { "<p>Paragraph \($0) says something about the harbour, the council and the weather, at length." }.joined()
        let html = "<html><body><article><ul>\(items)</ul>\(paras)</article></body></html>"
        #expect(HTMLMarkupBounds.apply(Array(html.utf8)) == nil)
    }

    @Test(arguments: ["p", "li", "option", "td", "th", "tr", "tbody", "colgroup", "dt", "dd", "rt", "caption", "thead", "optgroup"])
    func thousandsOfUnclosedSiblingsExtractWithoutHittingTheBudget(_ tag: String) throws {
        // libxml2 closes some of these at the next sibling and nests others: either way the page extracts.
        #expect(try paragraphs(page(String(repeating: "<\(tag)>x", count: 5_000))) == 6)
    }

    @Test func millionsOfTinyElementsExtract() throws {
        #expect(try paragraphs(page("<p>" + String(repeating: "<b>x</b>", count: 300_000) + "</p>")) == 6)
    }

    @Test func aHugeTextNodeAndLongAttributeValuesExtract() throws {
        let value = String(repeating: "v", count: 1 << 20)
        let bytes = page("<div title=\"\(value)\" class='\(value)'>" + String(repeating: "word ", count: 400_000) + "</div>")
        let result = try PageExtractor.extract(bytes, path: "page.html")
        #expect(!result.article.bodyText.isEmpty)
    }

    @Test func nestingPastTheParseBudgetStopsTheParseAndSaysWhy() {
        // What slips past the pre-pass's model of open elements meets the builder's budget.
        let depth = HTMLDocumentBuilder.maximumDepth + 10
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "x</body></html>"
        LibXML2.prepare()
        var builder = HTMLDocumentBuilder()
        let started = builder.parse(Array(html.utf8), options: Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue))
        #expect(started)
        #expect(builder.overBudget == .nestedTooDeep(limit: HTMLDocumentBuilder.maximumDepth))
        #expect(builder.document.nodes.count <= HTMLDocumentBuilder.maximumDepth + 2)
    }

    @Test func aPageOverTheParseBudgetSaysWhatToDo() {
        let message = ExtractionError.tooManyElements(limit: 2_000_000).description
        #expect(message.contains("2000000") && message.contains("skipped"))
    }
}
