import Foundation
import Testing
@testable import Extraction

@Suite struct MetadataTests {
    @Test func theDateHeaderGivesDateAndSection() throws {
        let a = try Fixture.article("teasers-ending-in-ellipsis.txt")
        #expect(a.date == "2024-03-14")
        #expect(a.section == "Business")
        #expect(!a.noiseContains("date 2024"))
    }

    @Test func aLongFirstLineThatStartsLikeTheDateHeaderIsPageText() throws {
        let line = " date 2019-11-20 News " + Self.paragraphs.replacingOccurrences(of: "\n", with: " ")
        let a = try TextPageParser.parse(line, source: .init())
        #expect(a.bodyContains("The council voted on Tuesday"))
    }

    @Test func aDateInTheTextIsReadWhenThereIsNoHeader() {
        #expect(DateText.find(in: "Published 11:11 PM EST Nov 19, 2019") == "2019-11-19")
        #expect(DateText.find(in: "19. November 2019") == "2019-11-19")
        #expect(DateText.find(in: "2019-11-18T20:51:19Z") == "2019-11-18")
        #expect(DateText.find(in: "no date here 42") == nil)
    }

    @Test func aBylineGivesAuthorsAndRole() throws {
        let a = try Fixture.article("teasers-ending-in-ellipsis.txt")
        #expect(a.authors == ["Anna Lindqvist"])
        #expect(a.byline == "Staff Writer")
        #expect(a.title == "Harbour town votes to rebuild its old ferry pier")
        #expect(a.dek == "Council backs a two-year plan after a long public debate")
    }

    static let paragraphs = """
        The council voted on Tuesday to close the old market hall for repairs, after engineers found cracks in the roof beams that had been hidden by a false ceiling for decades.

        Traders will move to a temporary site on the station square from next month, and the council has promised to cover the cost of their new stalls and of the move itself.

        The repairs are expected to take two years, and the council will publish a timetable for the work once a builder has been chosen later this spring.
        """

    @Test func aBareNameUnderTheHeadlineIsTheAuthorWhenARoleFollows() throws {
        let page = "Home\nNews\n\nMarket hall to close for two years of repairs\n\nOwen Marsh\nColumnist\n\n" + Self.paragraphs
        let a = try TextPageParser.parse(page, source: .init())
        #expect(a.authors == ["Owen Marsh"])
        #expect(a.byline == "Columnist")
        #expect(!a.noise.contains("Owen Marsh"))
        #expect(a.body.count == 3)
    }

    @Test func aNameBeforeARoleIsTheAuthor() throws {
        let page = "Market hall to close for two years of repairs\n\nDana Whitlock, Business Correspondent, Metro Wire |\n\n" + Self.paragraphs
        let a = try TextPageParser.parse(page, source: .init())
        #expect(a.authors == ["Dana Whitlock"])
        #expect(a.byline == "Business Correspondent, Metro Wire")
    }

    @Test func theAuthorBioIsKeptApartAndNamesTheAuthor() throws {
        let a = try Fixture.article("author-bio-after-article.txt")
        #expect(a.bio?.hasPrefix("Erik Solberg covers technology") == true)
        #expect(a.authors == ["Erik Solberg"])
        #expect(a.byline == "Senior Technology Correspondent, Northern Wire")
        #expect(a.credit == "Credit: Northern Wire")
        #expect(!a.bodyContains("Erik Solberg"))
        #expect(a.body.count == 4)
        #expect(a.noise.contains("lab opening 1102"))
    }

    @Test func aGermanPageIsExtracted() throws {
        let a = try Fixture.article("german-page.txt")
        #expect(a.title == "Stadt baut neue Radwege entlang des Flusses")
        #expect(a.authors == ["Katrin Vogel"])
        #expect(a.body.count == 4)
    }

    @Test func aJapanesePageWithoutSpacesIsExtracted() throws {
        let a = try Fixture.article("japanese-page.txt")
        #expect(a.title == "市立図書館が夜間開館を始める")
        #expect(a.body.count == 3)
        #expect(a.noise.contains("関連記事"))
    }

    /// The seed page of issue #2 (`/work/shared/seeds`), when it is present.
    @Test func theSeedPageReachesEveryPointOfTheIssue() throws {
        let path = "/work/shared/seeds/000_922ca59d3e63b2b5.txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            print("skipped: seed page \(path) is absent")
            return
        }
        let a = try PageExtractor.extract([UInt8](data), path: path, lexicon: Fixture.lexicon).article
        #expect(a.title == "Alibaba could generate 1 million new US jobs, Ma tells Trump")
        #expect(a.dek == "Chinese e-commerce giant pushes its online marketplace to Trump")
        #expect(a.date == "2017-01-09")
        #expect(a.section == "News")
        #expect(a.authors == ["Martyn Williams"])
        #expect(a.byline == "Senior U.S. Correspondent, IDG News Service")
        #expect(a.bio?.hasPrefix("Martyn Williams covers general technology news") == true)
        #expect(a.body.count == 10)
        #expect(a.body.first?.text.hasPrefix("The billionaire head of China's biggest") == true)
        #expect(a.body.last?.text.hasPrefix("In recent weeks, Alibaba has announced") == true)
        let article = ([a.title, a.dek ?? "", a.byline ?? "", a.bio ?? ""] + a.bodyText).joined(separator: "\n")
        for promo in ["More like this", "You Might Like", "Popular On", "img 0827", "pcxpo1", "BrandPosts",
                      "Learn more", "Featured Stories", "To comment on this article", "coming...", "Related:"] {
            #expect(!article.contains(promo), "\(promo) leaked into the article")
        }
    }
}
