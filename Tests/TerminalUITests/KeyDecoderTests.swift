import Testing
import CNcursesw
import ReaderCore
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    @Test func printableCharactersArriveAsThemselves() {
        #expect(KeyDecoder.character(UInt32(("j" as Unicode.Scalar).value)) == .character("j"))
        #expect(KeyDecoder.character(0x4E2D) == .character("中"))
    }

    @Test func returnAndNewlineBothMeanEnter() {
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.functionKey(KEY_ENTER) == .enter)
    }

    @Test func controlLettersAreNamedByTheirLowercaseLetter() {
        #expect(KeyDecoder.character(4) == .control("d"))
        #expect(KeyDecoder.character(21) == .control("u"))
        #expect(KeyDecoder.character(12) == .control("l"))
    }

    @Test func escapeAndBackspaceAreKeys() {
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.functionKey(KEY_BACKSPACE) == .backspace)
    }

    @Test func nulAndC1ControlsAreDropped() {
        #expect(KeyDecoder.character(0x9B) == nil)
        #expect(KeyDecoder.character(0) == nil)
    }

    @Test func cursorAndPagingKeysAreDecoded() {
        #expect(KeyDecoder.functionKey(KEY_UP) == .up)
        #expect(KeyDecoder.functionKey(KEY_DOWN) == .down)
        #expect(KeyDecoder.functionKey(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.functionKey(KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.functionKey(KEY_HOME) == .home)
        #expect(KeyDecoder.functionKey(KEY_END) == .end)
        #expect(KeyDecoder.functionKey(KEY_F0 + 5) == nil)
    }

    @Test func theWheelScrollsAndTheLeftButtonClicks() {
        #expect(KeyDecoder.mouse(buttons: nc_BUTTON4_PRESSED(), x: 1, y: 2) == .mouse(.wheelUp(x: 1, y: 2)))
        #expect(KeyDecoder.mouse(buttons: nc_BUTTON5_PRESSED(), x: 1, y: 2) == .mouse(.wheelDown(x: 1, y: 2)))
        #expect(KeyDecoder.mouse(buttons: nc_BUTTON1_PRESSED(), x: 3, y: 4) == .mouse(.click(x: 3, y: 4)))
    }
}
