import Testing
import TestSupport
@testable import Extraction

@Suite struct PairSkipSearchTests {
    /// The plain definition: some start where every byte of the needle matches.
    private func naive(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { p in hay[p..<(p + needle.count)].elementsEqual(needle) }
    }

    private func occurs(_ needle: [UInt8], in hay: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { n in hay.withUnsafeBufferPointer { PairSkipSearch(n).occurs(n, in: $0) } }
    }

    @Test func findsWhatAPlainScanFindsOnRandomTextOfFewLetters() {
        var random = SeededGenerator(seed: 11)
        // Three letters and a space make matches and near misses common, and pair hashes collide.
        let alphabet: [UInt8] = [0x61, 0x62, 0x20, 0x69]
        for _ in 0..<3_000 {
            let hay = (0..<Int.random(in: 0...300, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var needle = (0..<Int.random(in: 1...90, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            if !hay.isEmpty && Bool.random(using: &random) {
                // A slice of the hay, so about half the needles do occur.
                let start = Int.random(in: 0..<hay.count, using: &random)
                needle = Array(hay[start..<min(hay.count, start + needle.count)])
            }
            #expect(occurs(needle, in: hay) == naive(hay, needle), "needle \(needle) hay \(hay)")
        }
    }

    @Test func findsALongQuoteAtEitherEndOfAParagraph() {
        let paragraph = Array("It is a whole day without one. The council voted on Tuesday, and the mayor said so.".utf8)
        #expect(occurs(Array("It is a whole day without one.".utf8), in: paragraph))
        #expect(occurs(Array("and the mayor said so.".utf8), in: paragraph))
        #expect(!occurs(Array("and the mayor said no.".utf8), in: paragraph))
    }

    @Test func needlesLongerThanTheSkipTableReachStillMatch() {
        let long = Array(String(repeating: "words of a long quote ", count: 20).utf8)
        #expect(occurs(long, in: Array("Before. ".utf8) + long + Array(" After.".utf8)))
        #expect(!occurs(long + [0x21], in: long))
    }
}
