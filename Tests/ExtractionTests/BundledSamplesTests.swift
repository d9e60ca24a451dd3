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

    // MARK: - Pages the demo leans on

    @Test func theWireStoryKeepsItsQuotesAndDropsTheMostReadTeasers() throws {
        let article = try Self.article("wire-port-automation-jobs.txt")
        #expect(article.date == "2017-03-14")
        #expect(article.bodyContains("The company that runs the container terminals at Easthaven"))
        #expect(article.bodyContains("\"A press release is not a contract,\" Doyle said."))
        #expect(!article.bodyContains("Fuel prices climb"))
        #expect(!article.bodyContains("Is your retirement plan on track?"))
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
