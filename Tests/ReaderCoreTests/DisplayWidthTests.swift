import TestSupport
import Testing
@testable import ReaderCore

/// Display width from Unicode properties, truncation, and writing text into cells.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("…", 1), ("—", 1), ("ß", 1), ("Я", 1), ("ש", 1),
        ("中", 2), ("あ", 2), ("カ", 2), ("한", 2), ("Ａ", 2), ("　", 2), ("。", 2), ("𠀋", 2),
        ("😀", 2), ("🎉", 2), ("👩‍💻", 2), ("👍🏽", 2), ("🇫🇷", 2), ("❤️", 2), ("⌚", 2),
        ("☺", 1), ("ｱ", 1), ("䷀", 1), ("㐀", 2),
        ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0),
    ])
    func characterWidths(text: String, width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func aStringIsTheSumOfItsClusters() {
        #expect(DisplayWidth.of("Zu\u{308}rich 東京 🎉") == 7 + 4 + 1 + 2)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func truncationEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("exactly10!", to: 10) == "exactly10!")
        #expect(DisplayWidth.truncate("a little too long", to: 10) == "a little…")
        #expect(DisplayWidth.truncate("東京の天気", to: 6) == "東京…")
        #expect(DisplayWidth.truncate("東京の天気", to: 7) == "東京の…")
        #expect(DisplayWidth.truncate("Cafe\u{301} au lait", to: 5) == "Cafe\u{301}…")
        #expect(DisplayWidth.truncate("anything", to: 0) == "")
        #expect(DisplayWidth.fit("東京", to: 6) == "東京  ")
    }

    @Test func truncatedTextNeverExceedsTheWidth() {
        var rng = SeededGenerator(seed: 7)
        let pieces = ["a", "bc ", "東", "🎉", "e\u{301}", "한국", " ", "Ｚ", "👩‍💻"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let width = Int.random(in: 0...25, using: &rng)
            let cut = DisplayWidth.truncate(text, to: width)
            #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width)")
            if DisplayWidth.of(text) <= width { #expect(cut == text) }
        }
    }

    // MARK: - Writing into the screen

    @Test func aWideCharacterTakesItsCellAndAContinuation() {
        var screen = Screen(width: 6, height: 1)
        let used = screen.write("a中b", x: 0, y: 0)
        #expect(used == 4)
        #expect(screen[1, 0].grapheme == "中")
        #expect(screen[2, 0].isContinuation)
        #expect(screen.line(0) == "a中b")
    }

    @Test func aWideCharacterThatWouldCrossTheEdgeBecomesABlank() {
        var screen = Screen(width: 4, height: 1)
        screen.write("abc中", x: 0, y: 0)
        #expect(screen.line(0) == "abc")
        #expect(screen.cells.allSatisfy { !$0.isContinuation })
        var clipped = Screen(width: 10, height: 1)
        clipped.write("中中中", x: 0, y: 0, width: 5)
        #expect(clipped.line(0) == "中中")
        #expect(clipped[5, 0] == .blank)
    }

    @Test func controlCharactersCannotReachTheTerminal() {
        var screen = Screen(width: 20, height: 1)
        screen.write("a\u{1B}[2Jb\u{7}c\u{9B}d\te", x: 0, y: 0)
        #expect(screen.line(0) == "a�[2Jb�c�d e")
        #expect(!screen.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.write("中文", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        #expect(screen.line(0) == " x文")
        screen.write("y", x: 2, y: 0)
        #expect(screen.line(0) == " xy")
        #expect(!screen[3, 0].isContinuation)
    }
}
