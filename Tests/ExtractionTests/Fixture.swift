import Foundation
@testable import Extraction

/// Fixture pages and the bundled lexicon, read from the source tree.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of `Fixtures/NAME`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The text of `Fixtures/NAME`.
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// `Resources/lexicon/boilerplate-en.txt` merged with the built-in lexicon.
    static let lexicon: NoiseLexicon = {
        let url = repository.appendingPathComponent("Resources/lexicon/boilerplate-en.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return .builtIn }
        return NoiseLexicon.builtIn.merging(NoiseLexicon(text: text))
    }()

    /// The article in `Fixtures/NAME`, through the same path `folio extract` takes.
    static func article(_ name: String) throws -> Article {
        try PageExtractor.extract(bytes(name), path: name, lexicon: lexicon).article
    }
}

extension Article {
    /// Whether any body block contains `fragment`.
    func bodyContains(_ fragment: String) -> Bool { body.contains { $0.text.contains(fragment) } }

    /// Whether any noise line contains `fragment`.
    func noiseContains(_ fragment: String) -> Bool { noise.contains { $0.contains(fragment) } }

    /// Every string field, for invariants that hold on all of them.
    var allFields: [String] {
        [title, dek, date, dateText, section, byline, bio, credit, language, source.path, source.url, source.site]
            .compactMap { $0 } + authors + body.map(\.text) + noise
    }
}
