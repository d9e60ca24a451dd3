import Testing
@testable import FilterQuery

/// Parses `text` and returns the canonical tree, or the error's description.
private func parse(_ text: String) -> String {
    do { return try FilterQuery(text).canonical } catch { return "error \(error)" }
}

@Suite struct FilterQueryParsingTests {
    @Test func emptyQueryMatchesEverything() throws {
        #expect(try FilterQuery("").root == nil)
        #expect(try FilterQuery("   \t ").root == nil)
    }

    @Test func bareWordsAreJoinedByAnd() {
        #expect(parse("trade deal") == "(and trade deal)")
    }

    @Test func quotedPhraseStaysOneTerm() {
        #expect(parse("\"trade deal\" china") == "(and \"trade deal\" china)")
    }

    @Test func orBindsLooserThanAnd() {
        #expect(parse("a b OR c") == "(or (and a b) c)")
        #expect(parse("a or b") == "(or a b)")
    }

    @Test func explicitAndIsAccepted() {
        #expect(parse("a AND b") == "(and a b)")
    }

    @Test func minusNegatesWordsFieldsAndGroups() {
        #expect(parse("trade -trump") == "(and trade (not trump))")
        #expect(parse("-section:sport") == "(not section:\"sport\")")
        #expect(parse("-(a OR b)") == "(not (or a b))")
        #expect(parse("--a") == "a")
    }

    @Test func hyphenInsideAWordIsPartOfIt() {
        #expect(parse("well-known") == "well-known")
    }

    @Test func fieldsAreCaseInsensitive() {
        #expect(parse("TITLE:China Author:\"Jane Doe\"") == "(and title:China author:\"Jane Doe\")")
        #expect(parse("Section:News source:cio") == "(and section:\"News\" source:\"cio\")")
        #expect(parse("title: china") == "title:china")
    }

    @Test func statusFilters() {
        #expect(parse("is:unread is:READ is:starred") == "(and is:unread is:read is:starred)")
    }

    @Test func dateFiltersTakeYearMonthOrDay() throws {
        #expect(parse("after:2016-12 before:2017 on:2017-01-09") == "(and after:2016-12 before:2017 on:2017-01-09)")
        let date = try #require(FilterDate("2016-02"))
        #expect(date.firstDay == "2016-02-01")
        #expect(date.lastDay == "2016-02-29")
        #expect(FilterDate("2017")?.lastDay == "2017-12-31")
    }

    @Test func prefixSearch() {
        #expect(parse("trad*") == "trad*")
        #expect(parse("title:chin*") == "title:chin*")
        #expect(parse("*") == "*")
    }

    @Test func parenthesesGroup() {
        #expect(parse("(a OR b) c") == "(and (or a b) c)")
    }

    @Test func nodesCarryTheirColumns() throws {
        let root = try #require(try FilterQuery("trade -trump").root)
        guard case let .all(children) = root.kind else { Issue.record("not an and: \(root)"); return }
        #expect(children[0].range == 1..<6)
        #expect(children[1].range == 7..<13)
    }
}

@Suite struct FilterQueryErrorTests {
    private func error(_ text: String) -> FilterQueryError? {
        do { _ = try FilterQuery(text); return nil } catch { return error }
    }

    @Test func unclosedQuotePointsAtTheQuote() {
        #expect(error("trade \"deal") == .unclosedQuote(column: 7))
    }

    @Test func unclosedParenthesisPointsAtIt() {
        #expect(error("x (a OR b") == .unclosedParenthesis(column: 3))
    }

    @Test func strayCloseParenthesis() {
        #expect(error("a )")?.column == 3)
    }

    @Test func danglingOrSaysWhatWasExpected() {
        let e = error("trade OR")
        #expect(e?.column == 9)
        #expect(e?.message.contains("expected a word, phrase or field") == true)
        #expect(error("OR trade")?.column == 1)
    }

    @Test func unknownFieldAndStatusAndDate() {
        #expect(error("foo:bar") == .unknownField("foo", column: 1))
        #expect(error("is:new") == .unknownStatus("new", column: 4))
        #expect(error("x after:2017-13") == .badDate("2017-13", column: 9))
        #expect(error("on:2017-02-30") == .badDate("2017-02-30", column: 4))
        #expect(error("before:17") == .badDate("17", column: 8))
    }

    @Test func missingFieldValue() {
        #expect(error("title:")?.message.contains("a value after 'title:'") == true)
        #expect(error("title:)")?.column == 7)
    }

    @Test func depthAndSizeAreBounded() {
        let deep = String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)
        #expect(error(deep) == .tooDeep(column: FilterQuery.Limits.maximumDepth + 1))
        let many = Array(repeating: "w", count: FilterQuery.Limits.maximumTerms + 1).joined(separator: " ")
        #expect(error(many)?.column == FilterQuery.Limits.maximumTerms * 2 + 1)
    }

    @Test func caretSitsUnderTheColumn() {
        let query = "trade after:2017-13"
        let text = error(query)!.pointing(into: query)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "trade after:2017-13")
        #expect(lines[1] == "            ^")
        #expect(lines[2].hasPrefix("column 13: '2017-13' is not a date"))
    }

    @Test func caretCountsWideCharactersAsTwoCells() {
        let query = "中文 foo:x"
        let text = error(query)!.pointing(into: query)
        #expect(text.split(separator: "\n")[1] == "     ^")
    }
}

@Suite struct FilterQueryScalarTests {
    private func error(_ text: String) -> FilterQueryError? {
        do { _ = try FilterQuery(text); return nil } catch { return error }
    }

    @Test("A quote followed by a combining mark opens a phrase, and columns still count characters")
    func quoteWithCombiningMarkOpensAPhrase() throws {
        #expect(error("a\"\u{301}b") == .unclosedQuote(column: 2))
        #expect(try FilterQuery("harbor\"\u{301}+\"\u{301}cup").canonical == "(and harbor \"\u{301}+\" \u{301}cup)")
        let root = try #require(try FilterQuery("e\u{301}t\u{301} \"x\"").root)
        guard case let .all(children) = root.kind else { Issue.record("not an and: \(root)"); return }
        #expect(children[0].range == 1..<3)
        #expect(children[1].range == 4..<7)
    }

    @Test("A query longer than the limit is refused at the column where the excess begins")
    func overlongQuery() {
        let limit = FilterQuery.Limits.maximumLength
        #expect(error("section:" + String(repeating: "x", count: 60_000)) == .tooLong(column: limit + 1))
        #expect(error(String(repeating: "e\u{301}", count: limit)) == .tooLong(column: limit / 2 + 1))
        #expect(error(String(repeating: "x", count: limit)) == nil)
    }

    @Test("Parentheses and spaces followed by a combining mark are still syntax")
    func parenthesesWithCombiningMarks() throws {
        #expect(try FilterQuery("(\u{301}a OR b)\u{301}").canonical == "(and (or \u{301}a b) \u{301})")
        #expect(error("x (\u{301}a OR b") == .unclosedParenthesis(column: 3))
    }

    @Test("The caret stands under a character whose quote carries a combining mark")
    func caretUnderCombinedQuote() {
        let query = "e\u{301}e\u{301} \"\u{301}x"
        let text = error(query)!.pointing(into: query)
        #expect(text.split(separator: "\n")[1] == "   ^")
        #expect(text.split(separator: "\n")[2].hasPrefix("column 4:"))
    }
}
