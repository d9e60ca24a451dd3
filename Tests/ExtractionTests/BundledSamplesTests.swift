import Foundation
import Testing
@testable import Extraction

/// The sample pages in `Resources/samples/` feed `folio demo`; these tests keep the set and the
/// text parser honest together. They read the source tree, so they need no resource bundle.
@Suite struct BundledSamplesTests {
    static let directory = Fixture.repository.appendingPathComponent("Resources/samples")
    static let navigationOnly = "nav-only-section-front.txt"

    /// The sample file names, sorted.
    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return all.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func article(_ name: String) throws -> Article {
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
        return try PageExtractor.extract(bytes, path: name, lexicon: Fixture.lexicon).article
    }

    // MARK: - The set

    @Test func theBundleHoldsAtLeastTwentyTwoSamplePages() {
        #expect(Self.names.count >= 22)
    }

    @Test(arguments: BundledSamplesTests.names.filter { $0 != BundledSamplesTests.navigationOnly })
    func everyArticleSampleGivesATitleAndABody(name: String) throws {
        let article = try Self.article(name)
        #expect(!article.title.isEmpty, "\(name) has no title")
        #expect(!article.body.isEmpty, "\(name) has no body")
    }

    @Test func theNavigationOnlySampleIsReportedAsHavingNoArticle() {
        #expect(throws: ExtractionError.noArticle) { try Self.article(Self.navigationOnly) }
    }

    /// The headline of every article sample, as its page shows it.
    static let titles: [(String, String)] = [
        ("blockquotes-library-closures.txt", "'Please don't take our library': 900 letters pour in as county weighs closing three branches"),
        ("brief-bridge-lane-closure.txt", "Grain Street bridge to lose one lane for three weeks"),
        ("chinese-ev-charging-compounds.txt", "临江市老旧小区将试点共享充电桩 首批覆盖60个小区"),
        ("crlf-transit-fare-increase.txt", "Bus and ferry fares to rise 25 cents in July, first increase since 2012"),
        ("feature-last-night-ferry.txt", "The last boat home: a night aboard the ferry the city wants to cancel"),
        ("french-velo-cargo-commercants.txt", "À Port-Sainte-Anne, les commerçants livrent désormais à vélo-cargo"),
        ("gallery-lantern-festival.txt", "Photos: Thousands fill the riverfront for the Winter Lantern Festival"),
        ("german-stadtwerke-abwaerme.txt", "Stadtwerke Lindenau wollen 4000 Wohnungen mit Abwärme aus Rechenzentrum heizen"),
        ("heavy-nav-city-budget.txt", "City's budget plan leans on parking fees and a hiring freeze to close $31 million gap"),
        ("interview-glacier-researcher.txt", "\"The ice is telling us a story, and we only read the last page\": a glaciologist on ten summers"),
        ("japanese-shotengai-revival.txt", "シャッター街に若手店主 汐見町商店街、空き店舗の半数が再開"),
        ("listicle-small-home-office.txt", "9 ways to make a tiny home office actually work"),
        ("liveblog-mayoral-runoff.txt", "Easthaven mayoral runoff: Ferreira wins by 1,900 votes as turnout tops 41 percent"),
        ("markets-copper-rally.txt", "Copper hits three-year high as China demand and mine strikes squeeze supply"),
        ("nodate-bakery-heat-wave.txt", "Bakers start their ovens at 2 a.m. to beat the heat wave"),
        ("obituary-marine-biologist.txt", "Elena Moreau, who taught a generation to count the lake's fish, dies at 84"),
        ("opinion-four-day-week.txt", "The four-day week is not a perk. It is a test of what we think work is for"),
        ("review-novel-midnight-orchard.txt", "Review: 'The Midnight Orchard' is a family saga that knows when to keep quiet"),
        ("science-honeybee-landmarks.txt", "A honeybee's map of the world is stranger than we thought"),
        ("spanish-cofradia-venta-directa.txt", "La cofradía de Puerto Alto vende ya una quinta parte de su pescado sin pasar por la lonja"),
        ("sports-cup-final-harbor-fc.txt", "Harbor FC 2-1 Millrace United: Okafor's late header wins first cup in 34 years"),
        ("tech-password-manager-flaw-comments.txt", "Popular password manager patches flaw that could leak saved logins to malicious sites"),
        ("trade-soybean-farmers-tariffs.txt", "Soybean growers brace for a trade fight they did not start"),
        ("wire-port-automation-jobs.txt", "Harbor port bets on automated cranes, promises retraining for 600 dockworkers"),
    ]

    @Test func everyArticleSampleIsCovered() {
        #expect(Set(Self.titles.map(\.0)) == Set(Self.names.filter { $0 != Self.navigationOnly }))
    }

    @Test(arguments: BundledSamplesTests.titles)
    func everyArticleSampleGetsItsHeadlineAsTitle(name: String, title: String) throws {
        let article = try Self.article(name)
        #expect(article.title.hasPrefix(title), "\(name): got \(article.title)")
    }

    @Test(arguments: [
        ("brief-bridge-lane-closure.txt", ["Grace Collins"]),
        ("chinese-ev-charging-compounds.txt", ["王丽娟"]),
        ("gallery-lantern-festival.txt", ["Grace Collins"]),
        ("japanese-shotengai-revival.txt", ["中村 彩"]),
        ("review-novel-midnight-orchard.txt", ["Beatrice Lowe"]),
        ("opinion-four-day-week.txt", ["Owen Marsh"]),
        ("spanish-cofradia-venta-directa.txt", ["Lucía Duarte"]),
        ("nodate-bakery-heat-wave.txt", ["Sofia Rossi"]),
        ("sports-cup-final-harbor-fc.txt", ["Tomás Reyes"]),
    ])
    func samplesNameTheirAuthors(name: String, authors: [String]) throws {
        #expect(try Self.article(name).authors == authors)
    }

    // MARK: - Pages the demo leans on

    @Test func theWireStoryKeepsItsQuotesAndDropsTheMostReadTeasers() throws {
        let article = try Self.article("wire-port-automation-jobs.txt")
        #expect(article.date == "2017-03-14")
        #expect(article.bodyContains("The company that runs the container terminals at Easthaven"))
        #expect(article.bodyContains("\"A press release is not a contract,\" Doyle said."))
        #expect(!article.bodyContains("Fuel prices climb"))
        #expect(!article.bodyContains("Is your retirement plan on track?"))
    }

    @Test func theLiveBlogKeepsItsEarliestEntries() throws {
        let article = try Self.article("liveblog-mayoral-runoff.txt")
        #expect(article.bodyContains("Polls have closed across Easthaven."))
        #expect(article.bodyContains("The earliest batch, mostly mail ballots"))
    }

    @Test func theOpinionAndReviewPagesKeepTheirBiosAndDropTheirLinksAndNotices() throws {
        let opinion = try Self.article("opinion-four-day-week.txt")
        #expect(opinion.bio?.hasPrefix("Owen Marsh writes about work") == true)
        #expect(!opinion.bodyContains("More Opinion"))
        #expect(!opinion.bodyContains("Editorial:"))
        let review = try Self.article("review-novel-midnight-orchard.txt")
        #expect(review.bio == "Beatrice Lowe is the books critic of Northline Daily.")
        #expect(!review.bodyContains("Buy the book"))
        #expect(!review.bodyContains("commission"))
    }

    @Test func theChinesePageStartsWithItsLeadNotThePhotoCaption() throws {
        let article = try Self.article("chinese-ev-charging-compounds.txt")
        #expect(article.body.first?.text.hasPrefix("东方经济网讯") == true)
        #expect(!article.bodyContains("图为"))
    }

    @Test func theGalleryKeepsEveryCaptionAndDropsTheSlideCounters() throws {
        let article = try Self.article("gallery-lantern-festival.txt")
        #expect(article.bodyContains("A dragon lantern nearly 40 feet long"))
        #expect(article.bodyContains("Fireworks close the first night of the festival"))
        #expect(!article.bodyContains("of 10"))
        #expect(!article.bodyContains("Yuki Tanaka / Valley Courier"))
    }

    @Test func theWireStoryDropsItsAgencyCredits() throws {
        let article = try Self.article("wire-port-automation-jobs.txt")
        #expect(!article.bodyContains("Reporting by"))
        #expect(!article.bodyContains("Our Standards"))
    }

    @Test func theTradeStoryNamesItsAuthorAndKeepsTheBioApart() throws {
        let article = try Self.article("trade-soybean-farmers-tariffs.txt")
        #expect(article.authors == ["Dana Whitlock"])
        #expect(article.bio?.hasPrefix("Dana Whitlock covers business, trade and the port") == true)
        #expect(!article.bodyContains("Dana Whitlock covers"))
        #expect(article.bodyContains("You can't insure against a tweet"))
    }

    @Test func theCRLFSampleReadsLikeAnyOtherPage() throws {
        let article = try Self.article("crlf-transit-fare-increase.txt")
        #expect(article.date == "2017-04-04")
        #expect(article.bodyContains("Riders on the region's buses and ferries will pay 25 cents more"))
        #expect(!article.body.contains { $0.text.contains("\r") })
    }

    @Test func theUndatedSampleTakesItsDateFromThePublishedLine() throws {
        let article = try Self.article("nodate-bakery-heat-wave.txt")
        #expect(article.date == "2018-07-19")
        #expect(article.bodyContains("At Quay Street Bakehouse, the first loaves now come out"))
    }

    @Test func theGermanSampleKeepsItsBodyAndDropsTheCookieNotice() throws {
        let article = try Self.article("german-stadtwerke-abwaerme.txt")
        #expect(article.bodyContains("Kritik kommt vom Mieterverein."))
        #expect(!article.bodyContains("Wir verwenden Cookies"))
    }
}
