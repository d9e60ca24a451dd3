import Dispatch
import Foundation
import Testing
@testable import Extraction

/// libxml2 is shared by every parser thread: parsing many pages at once must give what
/// parsing them one by one gives (it crashed or deadlocked in about one import in ten).
@Suite struct HTMLConcurrencyTests {
    private let pages: [[UInt8]] = (0..<64).map { i in
        let charset = i % 4 == 0 ? "<meta charset=shift_jis>" : ""
        let body = (1...4).map { "<p>Paragraph \($0) of page \(i), long enough to be taken as an article body paragraph.</p>" }.joined()
        return Array("<html><head>\(charset)<title>T\(i)</title></head><body><article><h1>Head \(i)</h1>\(body)</article></body></html>".utf8)
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[String]?]
        init(_ count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: [String]) { lock.withLock { slots[i] = value } }
        var all: [[String]?] { lock.withLock { slots } }
    }

    private static func parse(_ bytes: [UInt8]) -> [String] {
        guard let result = try? PageExtractor.extract(bytes, path: "page.html") else { return ["failed"] }
        return [result.article.title] + result.article.bodyText
    }

    @Test func pagesParsedOnManyThreadsAtOnceMatchPagesParsedOneByOne() {
        let serial = pages.map(Self.parse)
        for _ in 0..<20 {
            let results = Results(pages.count)
            let pages = self.pages
            DispatchQueue.concurrentPerform(iterations: pages.count) { i in
                results.set(i, Self.parse(pages[i]))
            }
            #expect(results.all == serial.map { Optional($0) })
        }
        #expect(serial.allSatisfy { $0.count == 5 })
    }
}
