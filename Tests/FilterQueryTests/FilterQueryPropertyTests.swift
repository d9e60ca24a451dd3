import TestSupport
import Testing
@testable import FilterQuery

/// Pieces that exercise every branch of the lexer and parser.
private let fragments = [
    "trade", "-", "(", ")", "\"", "OR", "or", "AND", ":", "*", "title:", "author:", "section:", "source:",
    "is:", "unread", "starred", "after:", "before:", "on:", "2016", "2016-12", "2017-02-30", "foo:",
    "'; DROP TABLE article; --", "中文", "é", "\u{0}", "\u{1B}[31m", " ", "  ", "\t", "trad*", "-x", "🙂",
    "\u{301}", "\"\u{301}", "(\u{308}", "-\u{301}", "e\u{301}:", "\r\n",
]

private func randomQuery(_ rng: inout SeededGenerator) -> String {
    let count = Int.random(in: 0...12, using: &rng)
    var text = ""
    for _ in 0..<count {
        if Bool.random(using: &rng) {
            text += fragments.randomElement(using: &rng)!
        } else {
            let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &rng)) ?? "?"
            text.unicodeScalars.append(scalar)
        }
        if Bool.random(using: &rng) { text += " " }
    }
    return text
}

@Suite struct FilterQueryPropertyTests {
    /// Seeds that once failed are kept here as regressions (none yet).
    static let regressionSeeds: [UInt64] = []

    @Test func randomTextNeverCrashesAndErrorsPointInsideTheQuery() {
        for seed in Self.regressionSeeds + Array(1...3000) {
            var rng = SeededGenerator(seed: seed)
            let text = randomQuery(&rng)
            do {
                _ = try FilterQuery(text)
            } catch {
                #expect(error.column >= 1 && error.column <= text.count + 1, "seed \(seed): \(text.debugDescription)")
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func extraWhitespaceBetweenTokensDoesNotChangeTheParse() {
        for seed in Self.regressionSeeds + Array(1...3000) {
            var rng = SeededGenerator(seed: seed)
            let text = randomQuery(&rng)
            let widened = text.split(separator: " ", omittingEmptySubsequences: false)
                .joined(separator: Bool.random(using: &rng) ? "   " : " \t ")
            let plain = Result { try FilterQuery(text).canonical }
            let wide = Result { try FilterQuery(widened).canonical }
            switch (plain, wide) {
            case let (.success(a), .success(b)):
                #expect(a == b, "seed \(seed): \(text.debugDescription)")
            case (.failure, .failure):
                break
            default:
                // Widening a space inside quotes changes the phrase, never whether it parses.
                Issue.record("seed \(seed): \(text.debugDescription) parsed one way only")
            }
        }
    }
}
