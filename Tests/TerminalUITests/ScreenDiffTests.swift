import Testing
import ReaderCore
@testable import TerminalUI

/// A screen whose rows are the given strings, one cell per character, a wide CJK character
/// followed by its continuation cell.
private func screen(_ rows: [String], width: Int) -> Screen {
    var s = Screen(width: width, height: rows.count)
    for (y, row) in rows.enumerated() {
        var x = 0
        for ch in row {
            s[x, y] = Screen.Cell(String(ch))
            if ch.unicodeScalars.first!.value >= 0x3000 {
                s[x + 1, y] = .continuation(.plain)
                x += 2
            } else {
                x += 1
            }
        }
    }
    return s
}

@Suite struct ScreenDiffTests {
    @Test func theFirstFrameRepaintsEveryRow() {
        let next = screen(["ab", "cd"], width: 4)
        let diff = ScreenDiff(from: nil, to: next)
        #expect(diff.isFull)
        #expect(diff.cellCount == 8)
    }

    @Test func aNewSizeRepaintsEverything() {
        let diff = ScreenDiff(from: screen(["ab"], width: 4), to: screen(["ab"], width: 5))
        #expect(diff.isFull)
    }

    @Test func anUnchangedFrameRepaintsNothing() {
        let frame = screen(["hello", "world"], width: 8)
        #expect(ScreenDiff(from: frame, to: frame).spans.isEmpty)
    }

    @Test func onlyTheChangedCellsOfOneRowArePainted() {
        let old = screen(["hello world", "second row"], width: 12)
        let new = screen(["hello there", "second row"], width: 12)
        let diff = ScreenDiff(from: old, to: new)
        #expect(diff.spans == [ScreenDiff.Span(y: 0, x: 6, end: 11)])
    }

    @Test func nearbyChangesMergeAndDistantOnesDoNot() {
        let old = screen(["a.b.............c"], width: 17)
        let new = screen(["x.y.............z"], width: 17)
        #expect(ScreenDiff(from: old, to: new).spans == [
            ScreenDiff.Span(y: 0, x: 0, end: 3),
            ScreenDiff.Span(y: 0, x: 16, end: 17),
        ])
    }

    @Test func aChangeOnTheRightHalfOfAWideCharacterRepaintsTheWholeCharacter() {
        let old = screen(["a中b"], width: 5)
        var new = old
        new[2, 0] = .continuation(Screen.Style([.bold]))
        #expect(ScreenDiff(from: old, to: new).spans == [ScreenDiff.Span(y: 0, x: 1, end: 3)])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let old = screen(["abc"], width: 3)
        var new = old
        new[1, 0] = Screen.Cell("b", Screen.Style([.reverse], .selection))
        #expect(ScreenDiff(from: old, to: new).spans == [ScreenDiff.Span(y: 0, x: 1, end: 2)])
    }
}

@Suite struct TerminalSafeTests {
    @Test func controlCharactersNeverReachTheTerminal() {
        for grapheme in ["\u{1B}", "\u{07}", "\u{9B}", "\u{7F}", "\u{90}", "\r"] {
            #expect(Painter.terminalSafe(grapheme) == [0xFFFD, 0], "\(grapheme.unicodeScalars.first!.value)")
        }
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(Painter.terminalSafe("e\u{301}") == [0x65, 0x301, 0])
    }

    @Test func anEmptyCellBecomesASpace() {
        #expect(Painter.terminalSafe("") == [0x20, 0])
    }
}
