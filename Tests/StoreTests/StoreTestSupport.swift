import Extraction
import FilterQuery
import Foundation
@testable import Store

/// A tiny page format for Store tests, so they run without the real parser:
/// `key: value` header lines (`title`, `date`, `section`, `author`, `site`, `url`), a `---` line, then
/// one body paragraph per line. A page containing `FAIL` throws.
let testExtractor: ArticleExtractor = { bytes, path in
    let text = String(decoding: bytes, as: UTF8.self)
    if text.contains("FAIL") { throw ExtractionError.noArticle }
    var article = Article()
    var inBody = false
    for line in text.split(separator: "\n").map(String.init) {
        if inBody { article.body.append(.init(.paragraph, line)); continue }
        if line == "---" { inBody = true; continue }
        let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { continue }
        switch parts[0] {
        case "title": article.title = parts[1]
        case "date": article.date = parts[1]
        case "section": article.section = parts[1]
        case "author": article.authors.append(parts[1])
        case "site": article.source.site = parts[1]
        case "url": article.source.url = parts[1]
        default: break
        }
    }
    return article
}

/// A page in the test format.
func page(_ title: String, date: String? = nil, section: String? = nil, author: String? = nil,
          site: String? = nil, body: [String]) -> String {
    var lines = ["title: \(title)"]
    if let date { lines.append("date: \(date)") }
    if let section { lines.append("section: \(section)") }
    if let author { lines.append("author: \(author)") }
    if let site { lines.append("site: \(site)") }
    return (lines + ["---"] + body).joined(separator: "\n")
}

/// A fresh temporary folder, removed when the value is dropped.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) -> URL {
        let file = url.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        return file
    }
}

/// A small library of five articles with known fields, in memory.
func sampleLibrary() throws -> (Library, TemporaryFolder) {
    let folder = TemporaryFolder()
    folder.write("a.txt", page("Trade talks resume", date: "2017-01-09", section: "News", author: "Jane Doe",
                               site: "CIO", body: ["China and the US resume trade talks.", "Trump comments."]))
    folder.write("b.txt", page("Trade deal signed", date: "2016-12-20", section: "Business", author: "Max Roe",
                               body: ["A trade deal between partners.", "Café owners rejoice."]))
    folder.write("c.txt", page("Weather report", date: "2016-11-02", section: "News", body: ["Rain all week."]))
    folder.write("sub/d.txt", page("Tariffs and trading", section: "Opinion", author: "Jane Doe",
                                   body: ["Trading desks worry about tariffs."]))
    folder.write("sub/e.txt", page("日本語の記事", date: "2017-02-01", body: ["東京 news in Japanese."]))
    let library = try Library.inMemory()
    let summary = try library.importFiles([folder.url], extract: testExtractor)
    precondition(summary.imported == 5, "sample import: \(summary)")
    return (library, folder)
}

extension FilterQuery {
    /// The tree for `text`, for tests that pass it straight to the library.
    static func root(_ text: String) throws -> FilterNode? { try FilterQuery(text).root }
}

extension Library {
    /// Titles matching `query`, newest first.
    func titles(_ query: String, sort: ArticleSort = .dateDescending) throws -> [String] {
        try summaries(matching: try FilterQuery.root(query), sort: sort, limit: 100).map(\.title)
    }
}
