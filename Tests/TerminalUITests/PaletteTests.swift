import Testing
import CNcursesw
import ReaderCore
@testable import TerminalUI

/// Without colours every role still looks distinct through attributes alone.
@Suite struct PaletteTests {
    private let mono = Palette(usesColor: false)

    @Test func theSelectionAndStatusLineAreReverseVideo() {
        #expect(mono.resolve(Screen.Style([], .selection)).attributes & nc_A_REVERSE() != 0)
        #expect(mono.resolve(Screen.Style([], .status)).attributes & nc_A_REVERSE() != 0)
    }

    @Test func marksHeadingsAndErrorsAreBold() {
        for role in [Screen.Style.Role.unread, .starred, .heading, .error] {
            #expect(mono.resolve(Screen.Style([], role)).attributes & nc_A_BOLD() != 0, "\(role)")
        }
    }

    @Test func noColourPairIsUsedWithoutColour() {
        for role in Screen.Style.Role.allCases {
            #expect(mono.resolve(Screen.Style([], role)).pair == 0, "\(role)")
        }
    }

    @Test func aCellsOwnAttributesAreKept() {
        let resolved = mono.resolve(Screen.Style([.underline, .bold], .normal)).attributes
        #expect(resolved & nc_A_UNDERLINE() != 0 && resolved & nc_A_BOLD() != 0)
        #expect(mono.resolve(.plain).attributes == nc_A_NORMAL())
    }
}
