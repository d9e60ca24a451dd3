import Testing
@testable import Extraction

/// One test per kind of noise a page dump carries: each must land in `noise`, never in the body.
@Suite struct NoisePatternTests {
    @Test func teaserHeadlinesEndingInEllipsisAreNoise() throws {
        let a = try Fixture.article("teasers-ending-in-ellipsis.txt")
        #expect(a.noiseContains("cost less than a..."))
        #expect(a.noiseContains("Five ferry routes worth taking"))
        #expect(!a.bodyContains("ferry routes"))
        #expect(a.body.count == 4)
    }

    @Test func imageFileNamesAreNoise() throws {
        let a = try Fixture.article("image-file-names.txt")
        for name in ["img 0827", "pcxpo1", "concert hall night 2", "dsc 4471"] {
            #expect(a.noise.contains(name), "\(name) should be noise")
            #expect(!a.bodyContains(name))
        }
        #expect(a.body.count == 4)
    }

    @Test func boilerplateLabelsFromTheLexiconAreNoise() throws {
        let a = try Fixture.article("lexicon-labels.txt")
        for label in ["BrandPosts", "Learn more", "Featured Stories", "Most Popular", "Skip to main content"] {
            #expect(a.noise.contains(label), "\(label) should be noise")
        }
        #expect(a.body.count == 4)
        #expect(a.title == "Rail line reopens after six months of repairs")
    }

    @Test func socialAndNewsletterPromptsAreNoise() throws {
        let a = try Fixture.article("social-prompts.txt")
        #expect(a.noiseContains("To comment on this article"))
        #expect(a.noiseContains("Follow us on Instagram"))
        #expect(a.noiseContains("Sign up for our newsletter"))
        #expect(a.body.last?.text.hasPrefix("Students who spoke") == true)
    }

    @Test func readerCommentsAfterTheArticleAreNoise() throws {
        let a = try Fixture.article("comments-after-article.txt")
        #expect(a.body.count == 4)
        #expect(!a.bodyContains("About time the city"))
        #expect(!a.bodyContains("who is going to water"))
        #expect(a.noiseContains("greenthumb says:"))
    }

    @Test func copyrightFootersAreNoiseEvenWhenTheyReadAsProse() throws {
        let a = try Fixture.article("copyright-footer.txt")
        #expect(!a.bodyContains("All rights reserved"))
        #expect(a.noiseContains("All rights reserved"))
        #expect(a.body.count == 4)
    }

    @Test func teaserBlurbsBetweenHeadlinesAndTimeStampsAreNoise() throws {
        let a = try Fixture.article("teaser-blurbs-between-headlines.txt")
        #expect(a.body.count == 4)
        #expect(!a.bodyContains("troupe of young dancers"))
        #expect(a.noiseContains("2H ago"))
    }

    @Test func newsletterPromptsAfterTheArticleAreNoise() throws {
        let a = try Fixture.article("newsletter-prompt-after-article.txt")
        #expect(a.body.count == 3)
        #expect(a.noiseContains("Get our free weekly newsletter"))
        #expect(a.noiseContains("You can unsubscribe"))
    }

    @Test func bareTimeStampsOfALiveBlogDoNotSplitItsEntries() throws {
        let a = try Fixture.article("live-blog-with-time-stamps.txt")
        #expect(a.body.count == 4)
        #expect(a.bodyContains("The river crested at Fenwick"))
        #expect(a.bodyContains("Good morning and welcome"))
        #expect(a.noise.contains("6:45 AM"))
    }

    @Test func aParagraphTrailingOffBetweenParagraphsIsNotATeaser() throws {
        let page = """
            The ferry left the harbour an hour late on Sunday, because the crew had to wait for a replacement part for the engine that had arrived on the morning train.

            The captain told passengers over the loudspeaker that the crossing would be slower than usual, and that the café would stay open for the whole journey...

            Most passengers took the delay calmly, and several said the view of the islands in the evening light had made up for the wait on the quay.
            """
        let a = try TextPageParser.parse(page, source: .init())
        #expect(a.body.count == 3)
    }

    @Test func cookieBannersAreNoise() throws {
        let a = try Fixture.article("cookie-banner.txt")
        #expect(a.body.count == 3)
        #expect(a.noiseContains("This website uses cookies"))
    }

    @Test func navigationMenusAroundTheArticleAreNoise() throws {
        let a = try Fixture.article("german-page.txt")
        for item in ["Startseite", "Politik", "Impressum", "Mehr zum Thema"] {
            #expect(a.noise.contains(item), "\(item) should be noise")
        }
    }

    @Test func aPageThatIsAllNavigationHasNoArticle() throws {
        #expect(throws: ExtractionError.noArticle) { try Fixture.article("all-navigation.txt") }
    }
}
