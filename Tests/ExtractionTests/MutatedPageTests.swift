import Foundation
import TestSupport
import Testing
@testable import Extraction

/// The bounded slice of the hostile-input harness (issue 10): a few hundred pages mutated from
/// the samples and fixtures by ``PageMutator``, with a fixed seed, through the extractor in
/// process. The long run against the release binary is `Benchmarks/fuzz_pages.py`.
@Suite struct MutatedPageTests {
    static let seeds = PageMutator.seedPages(repository: Fixture.repository)

    @Test("Three hundred mutated pages each give a clean article or a clean message, and none crashes")
    func mutatedPagesExtractOrAreRefusedCleanly() {
        #expect(Self.seeds.count >= 20)
        var mutator = PageMutator(seeds: Self.seeds, seed: 10)
        var outcomes = (articles: 0, refusals: 0)
        for index in 0..<300 {
            let page = mutator.page(index)
            do {
                let result = try PageExtractor.extract(page.bytes, path: page.name, lexicon: Fixture.lexicon)
                outcomes.articles += 1
                #expect(!result.article.body.isEmpty, "\(page.name)")
                let dirty = (result.article.allFields + result.warnings.map(\.description)).filter(ControlScan.hasControl)
                #expect(dirty.isEmpty, "\(page.name): \(dirty.map(\.debugDescription))")
            } catch {
                outcomes.refusals += 1
                #expect(!error.description.isEmpty, "\(page.name)")
                #expect(!ControlScan.hasControl(error.description), "\(page.name): \(error.description.debugDescription)")
            }
        }
        // The mutations leave most pages readable: a harness that only made garbage would test little.
        #expect(outcomes.articles > 150, "\(outcomes)")
    }
}
