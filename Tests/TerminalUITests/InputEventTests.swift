import Testing
import CNcursesw
@testable import TerminalUI

@Suite struct InputEventTests {
    @Test func printableCharactersArriveAsThemselves() {
        #expect(InputEvent.character(UInt32(("j" as Unicode.Scalar).value)) == .key(.character("j")))
        #expect(InputEvent.character(0x4E2D) == .key(.character("中")))
    }

    @Test func returnAndNewlineBothMeanEnter() {
        #expect(InputEvent.character(13) == .key(.enter))
        #expect(InputEvent.character(10) == .key(.enter))
        #expect(InputEvent.functionKey(KEY_ENTER) == .key(.enter))
    }

    @Test func controlLettersAreNamedByTheirLetter() {
        #expect(InputEvent.character(4) == .key(.control("d")))
        #expect(InputEvent.character(21) == .key(.control("u")))
    }

    @Test func escapeBackspaceAndDeleteAreKeys() {
        #expect(InputEvent.character(27) == .key(.escape))
        #expect(InputEvent.character(127) == .key(.backspace))
        #expect(InputEvent.functionKey(KEY_BACKSPACE) == .key(.backspace))
        #expect(InputEvent.functionKey(KEY_DC) == .key(.delete))
    }

    @Test func c1ControlsAreDropped() {
        #expect(InputEvent.character(0x9B) == nil)
        #expect(InputEvent.character(0) == nil)
    }

    @Test func cursorAndPagingKeysAreDecoded() {
        #expect(InputEvent.functionKey(KEY_UP) == .key(.up))
        #expect(InputEvent.functionKey(KEY_NPAGE) == .key(.pageDown))
        #expect(InputEvent.functionKey(KEY_PPAGE) == .key(.pageUp))
        #expect(InputEvent.functionKey(KEY_HOME) == .key(.home))
        #expect(InputEvent.functionKey(KEY_END) == .key(.end))
        #expect(InputEvent.functionKey(KEY_F0 + 5) == nil)
    }

    @Test func theWheelScrollsAndTheLeftButtonPresses() {
        #expect(InputEvent.mouse(buttons: nc_BUTTON4_PRESSED(), x: 1, y: 2) == .mouse(.wheelUp(x: 1, y: 2)))
        #expect(InputEvent.mouse(buttons: nc_BUTTON5_PRESSED(), x: 1, y: 2) == .mouse(.wheelDown(x: 1, y: 2)))
        #expect(InputEvent.mouse(buttons: nc_BUTTON1_PRESSED(), x: 3, y: 4) == .mouse(.press(x: 3, y: 4)))
    }
}
