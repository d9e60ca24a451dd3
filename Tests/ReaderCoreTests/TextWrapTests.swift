import TestSupport
import Testing
@testable import ReaderCore

/// Word wrapping for the reading pane.
@Suite struct TextWrapTests {
    @Test func linesBreakAtSpacesWithinTheWidth() {
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 9) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("  spaced   out  ", width: 20) == ["spaced out"])
    }

    @Test func aWordLongerThanTheLineIsCutAndOnlyThen() {
        #expect(TextWrap.wrap("ab abcdefghij c", width: 4) == ["ab", "abcd", "efgh", "ij c"])
    }

    @Test func cjkTextBreaksBetweenCharactersAndNeverInsideOne() {
        #expect(TextWrap.wrap("東京の天気は晴れ", width: 7) == ["東京の", "天気は", "晴れ"])
        #expect(TextWrap.wrap("see 東京 now", width: 8) == ["see 東京", "now"])
    }

    @Test func wrappingKeepsEveryWordAndNoLineIsTooWide() {
        var rng = SeededGenerator(seed: 42)
        let words = ["a", "news", "reader", "東京", "🎉", "Zu\u{308}rich", "extraordinarily", "x"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let width = Int.random(in: 2...30, using: &rng)
            let lines = TextWrap.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(text) at \(width)")
            #expect(lines.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
        }
    }

    @Test func theReadingPaneNeverGoesPastEightyColumns() {
        let (measure, margin) = ReadingLayout.measure(forPaneWidth: 200)
        #expect(measure == 80)
        #expect(margin == 60)
        let lines = ReadingLayout.lines(Fixture.document, measure: measure)
        for line in lines {
            #expect(DisplayWidth.of(line.spans.map(\.text).joined()) <= 80)
        }
    }
}
