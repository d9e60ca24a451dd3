import Testing
@testable import ReaderCore

/// The one key table: dispatch and help come from it.
@Suite struct KeyMapTests {
    let list = Fixture.loaded(total: 40)

    @Test(arguments: [
        (Key.character("j"), Action.moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
        (.pageDown, .pageDown), (.pageUp, .pageUp), (.control("d"), .halfPageDown), (.control("u"), .halfPageUp),
        (.character("g"), .moveToTop), (.home, .moveToTop), (.character("G"), .moveToBottom), (.end, .moveToBottom),
        (.enter, .openSelected), (.character("l"), .openSelected), (.right, .openSelected),
        (.character("h"), .back), (.left, .back), (.escape, .back), (.character("q"), .backOrQuit),
        (.character(" "), .pageOrNextUnread), (.character("n"), .nextArticle), (.character("p"), .previousArticle),
        (.character("N"), .nextUnread), (.character("s"), .toggleStar), (.character("r"), .toggleRead),
        (.character("/"), .startFilter), (.character("c"), .clearFilter), (.character("o"), .cycleSort),
        (.character("O"), .openSource), (.character("x"), .openSource), (.character("?"), .toggleHelp),
        (.character("v"), .toggleLayout), (.control("c"), .quit),
    ])
    func everyKeyOfTheIssueIsBound(key: Key, action: Action) {
        #expect(KeyMap.standard.action(for: key, in: list) == action)
    }

    @Test func mouseAndResizeBecomeActions() {
        #expect(KeyMap.standard.action(for: .mouse(.wheelDown(x: 1, y: 2)), in: list) == .scroll(lines: 3, x: 1, y: 2))
        #expect(KeyMap.standard.action(for: .mouse(.wheelUp(x: 1, y: 2)), in: list) == .scroll(lines: -3, x: 1, y: 2))
        #expect(KeyMap.standard.action(for: .mouse(.click(x: 4, y: 5)), in: list) == .click(x: 4, y: 5))
        #expect(KeyMap.standard.action(for: .resize(width: 100, height: 30), in: list) == .resize(width: 100, height: 30))
    }

    @Test func inThePromptLettersAreTypedAndArrowsWalkTheHistory() {
        var state = list
        reduce(&state, .startFilter)
        #expect(KeyMap.standard.action(for: .character("q"), in: state) == .insertFilterText("q"))
        #expect(KeyMap.standard.action(for: .character("中"), in: state) == .insertFilterText("中"))
        #expect(KeyMap.standard.action(for: .up, in: state) == .filterHistoryPrevious)
        #expect(KeyMap.standard.action(for: .enter, in: state) == .submitFilter)
        #expect(KeyMap.standard.action(for: .escape, in: state) == .cancelFilter)
        #expect(KeyMap.standard.action(for: .backspace, in: state) == .deleteFilterBackward)
        #expect(KeyMap.standard.action(for: .control("d"), in: state) == nil)
        #expect(KeyMap.standard.action(for: .control("c"), in: state) == .quit)
    }

    @Test func noKeyIsBoundTwiceInTheSameMode() {
        for prompt in [true, false] {
            let keys = KeyMap.standard.bindings.filter { ($0.group == .prompt) == prompt }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }

    @Test func theHelpOverlayListsEveryBindingOfTheTable() {
        var state = Fixture.loaded(total: 40, width: 140, height: 40)
        reduce(&state, .toggleHelp)
        let text = render(state, width: 140, height: 40).text
        for binding in KeyMap.standard.bindings {
            #expect(text.contains(binding.help), "help is missing \(binding.help)")
            #expect(text.contains(binding.keys.map(\.label).joined(separator: " ")))
        }
    }
}
