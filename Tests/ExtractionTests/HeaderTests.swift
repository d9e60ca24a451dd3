import Testing
@testable import Extraction

/// Headline, dek and author choices on small pages written for these tests.
@Suite struct HeaderTests {
    static let body = MetadataTests.paragraphs

    static func parse(_ head: String) throws -> Article {
        try TextPageParser.parse(head + "\n\n" + body, source: .init())
    }

    @Test func aSectionLabelAboveTheHeadlineIsNotTheTitle() throws {
        let a = try Self.parse("Home\nNews\nFeatures\nWeekend Long Read\nMarket hall to close for two years of repairs\nBy Owen Marsh")
        #expect(a.title == "Market hall to close for two years of repairs")
    }

    @Test func theLongerSentenceUnderTheHeadlineIsTheDekNotTheTitle() throws {
        let a = try Self.parse("""
            News
            Market hall to close for two years of repairs
            Engineers found cracks in the roof beams, and the council wants the work done before traders return to the hall
            By Owen Marsh
            """)
        #expect(a.title == "Market hall to close for two years of repairs")
        #expect(a.dek?.hasPrefix("Engineers found cracks") == true)
    }

    @Test func aPriceTickerIsNotTheTitle() throws {
        let a = try Self.parse("Markets\nDOW 23,539.19 +0.09%\nOil 55.64 +1.55%\nMarket hall to close for two years of repairs\nBy Owen Marsh")
        #expect(a.title == "Market hall to close for two years of repairs")
    }

    @Test func aMenuLabelRepeatedAboveTheHeadlineIsNotTheTitle() throws {
        let a = try Self.parse("Home\nCity and council news\nSports\nCity and council news\nMarket hall to close for two years of repairs\nOwen Marsh")
        #expect(a.title == "Market hall to close for two years of repairs")
    }

    @Test func aGalleryHeadlineWithAPhotosLabelIsTheTitleNotACredit() throws {
        let a = try Self.parse("""
            Galleries
            Photos: Traders leave the old market hall before two years of repairs
            The council closed the hall on Tuesday after engineers found cracks in the roof beams
            Photographs by Yuki Tanaka
            Text by Grace Collins
            """)
        #expect(a.title == "Photos: Traders leave the old market hall before two years of repairs")
        #expect(a.credit == "Photographs by Yuki Tanaka")
        #expect(a.authors == ["Grace Collins"])
    }

    @Test func aBareNameRightUnderTheHeadlineIsTheAuthor() throws {
        let a = try Self.parse("In Brief\nMarket hall to close for two years of repairs\nGrace Collins")
        #expect(a.authors == ["Grace Collins"])
        #expect(!a.noise.contains("Grace Collins"))
    }

    @Test func theReviewerUnderTheHeadlineWinsOverTheReviewedBooksAuthor() throws {
        let a = try Self.parse("""
            Review: 'The Market Hall' is a quiet book about a loud place
            A first novel follows three traders through the year their hall closed for repairs
            Beatrice Lowe
            Books Critic
            The Market Hall
            By Nora Fenwick
            """)
        #expect(a.authors == ["Beatrice Lowe"])
        #expect(a.byline == "Books Critic")
    }

    @Test func aChineseAuthorLabelGivesTheAuthor() {
        let f = LineFeatures("作者：王丽娟")
        #expect(Byline.parse("作者：王丽娟", f)?.authors == ["王丽娟"])
    }

    @Test func aJapaneseTextAndPhotoLabelGivesTheAuthorButAMenuItemDoesNot() {
        #expect(Byline.parse("文・写真　中村 彩", LineFeatures("文・写真　中村 彩"))?.authors == ["中村 彩"])
        #expect(Byline.parse("写真・動画", LineFeatures("写真・動画")) == nil)
    }
}
