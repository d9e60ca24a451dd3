import Extraction
import Foundation
import Testing
@testable import folio

/// What `folio extract` prints for one article.
@Suite struct ArticleOutputTests {
    private let article = Article(
        title: "Harbour bridge reopens", dek: "Two years of repairs end", date: "2017-03-01",
        section: "News", authors: ["Ana Ruiz"],
        body: [
            .init(.paragraph, "The bridge opened at dawn."),
            .init(.caption, "The bridge at dawn. Photo: Port Authority"),
            .init(.heading, "Traffic"),
            .init(.paragraph, "Cars queued for \"hours\"."),
        ],
        source: .init(path: "pages/bridge.txt"), noise: ["More like this"]
    )

    @Test func jsonKeysComeInTheDocumentedOrderWithCaptionsOutOfTheBody() throws {
        let line = ArticleOutput.json(article)
        #expect(line.hasSuffix("}\n"))
        let keys = ["path", "title", "dek", "date", "section", "authors", "byline", "bio", "credit", "body", "captions", "noise"]
        let positions = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())

        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["body"] as? [String] == ["The bridge opened at dawn.", "Traffic", "Cars queued for \"hours\"."])
        #expect(object["captions"] as? [String] == ["The bridge at dawn. Photo: Port Authority"])
        #expect(object["noise"] as? [String] == ["More like this"])
    }

    @Test func textIsTheTitleThenTheBodyParagraphsAndNothingElse() {
        let text = ArticleOutput.text(article, showNoise: false)
        #expect(text == "Harbour bridge reopens\n\nThe bridge opened at dawn.\n\nTraffic\n\nCars queued for \"hours\".\n")
    }
}
