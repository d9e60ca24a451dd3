import Testing
@testable import Extraction

/// The small readers the HTML parser is built from.
@Suite struct HTMLPartsTests {
    @Test func jsonReaderHandlesEscapesAndRejectsGarbage() {
        let json = HTMLJSON.parse(#"{"a": ["x\u00e9\ud83d\ude00", 2.5, true, null], "b": {"c": "d\"e"}}"#)
        #expect(json?["a"]?.items.first == .string("xé😀"))
        #expect(json?["b"]?["c"]?.string == "d\"e")
        #expect(HTMLJSON.parse("{\"a\": }") == nil)
        #expect(HTMLJSON.parse(String(repeating: "[", count: 100_000)) == nil)
    }

    @Test func datesAreReadFromISOStringsAndURLs() {
        #expect(HTMLDates.isoDay(in: " 2019-11-19T13:03:00Z") == "2019-11-19")
        #expect(HTMLDates.isoDay(in: "2019/03/07") == "2019-03-07")
        #expect(HTMLDates.isoDay(in: "2020-13-45") == nil)
        #expect(HTMLDates.isoDay(in: "Nov 19, 2019") == nil)
        #expect(HTMLDates.dayInURL("https://x.example/news/2019/11/20/story-title/") == "2019-11-20")
        #expect(HTMLDates.dayInURL("https://x.example/a-20191120-b") == "2019-11-20")
        #expect(HTMLDates.dayInURL("https://x.example/story-14848164.php") == nil)
    }

    @Test func siteSuffixIsStrippedFromTitles() {
        #expect(HTMLMetadata.strip("Bridge reopens | The Courier", site: "The Courier") == "Bridge reopens")
        #expect(HTMLMetadata.strip("The Courier - Bridge reopens", site: "The Courier") == "Bridge reopens")
        #expect(HTMLMetadata.strip("Bridge reopens after long repair – Courier", site: nil) == "Bridge reopens after long repair")
        #expect(HTMLMetadata.strip("Yes - No", site: nil) == "Yes - No")
    }

    @Test func bylinesSplitIntoNames() {
        #expect(HTMLMetadata.splitNames("By Ann Lee and Bo Kim") == ["Ann Lee", "Bo Kim"])
        #expect(HTMLMetadata.looksLikeName("by Bryan @handle Nov 18, 2019") == false)
        #expect(HTMLMetadata.isRole("AP Auto Writer"))
        #expect(!HTMLMetadata.isRole("Tom Krisher"))
    }

    @Test func declaredCharsetIsFoundInMetaAndXMLDeclarations() {
        #expect(HTMLCharset.declaredCharset(Array("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1251\">".utf8)) == "windows-1251")
        #expect(HTMLCharset.declaredCharset(Array("<?xml version=\"1.0\" encoding='ISO-8859-2'?><html>".utf8)) == "iso-8859-2")
        #expect(HTMLCharset.declaredCharset(Array("<html><meta name=x content=y>".utf8)) == nil)
    }

    @Test func classHintsReadWordsAndStems() {
        #expect(HTMLClassHints(["sidebar-widget"]).weight < 0)
        #expect(HTMLClassHints(["article-body"]).weight > 0)
        #expect(HTMLClassHints(["header"]).weight < 0)
        #expect(HTMLClassHints(["shadow"]).weight == 0, "'ad' inside a word is not an ad")
        #expect(HTMLClassHints(["sr-only"]).hidden)
        #expect(HTMLClassHints(["comment-list"]).comments)
    }
}
