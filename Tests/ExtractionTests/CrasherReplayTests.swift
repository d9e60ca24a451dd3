import Foundation
import TestSupport
import Testing
@testable import Extraction

/// Replays every page that ever crashed or hung a fuzzer (`Fixtures/crashers/`, see
/// `Fuzz/README.md`): each must now give a clean article or a clean refusal.
///
/// A file's name picks its parser as `folio extract` would (`.html` or `.txt`; libFuzzer's
/// inputs are named `html-…` or `text-…` after their target).
@Suite struct CrasherReplayTests {
    static let folder = Fixture.directory.appendingPathComponent("crashers")

    /// Crashers whose fix has not landed yet, and what they wait for. A known issue that stops
    /// happening fails the test: then take the name out of this list.
    static let awaitingFix: [String: Comment] = [:]

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test("Every page that once crashed or hung a fuzzer now gives a clean article or a clean refusal")
    func replayCrashers() throws {
        for name in Self.names {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            if let reason = Self.awaitingFix[name] {
                withKnownIssue(reason) { Self.replay(bytes, name: name) }
            } else {
                Self.replay(bytes, name: name)
            }
        }
    }

    static func replay(_ bytes: [UInt8], name: String) {
        let format: PageExtractor.Format = name.hasPrefix("html-") || name.contains(".htm") ? .html : .text
        do {
            let result = try PageExtractor.extract(bytes, path: name, format: format, lexicon: Fixture.lexicon)
            #expect(!result.article.body.isEmpty, "\(name): an article with no body")
            #expect(!(result.article.allFields + result.warnings.map(\.description)).contains(where: ControlScan.hasControl), "\(name)")
        } catch {
            #expect(!error.description.isEmpty && !ControlScan.hasControl(error.description), "\(name)")
        }
    }
}
