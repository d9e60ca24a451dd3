import FilterQuery
import Testing
@testable import Store

/// Filters that a destructive command must not take as "a few articles".
@Suite struct LibrarySelectionTests {
    @Test(arguments: ["'", ".", "';", "\" \"", "' OR .", "section:\"\""])
    func aFilterOfTermsWithoutLettersOrDigitsSelectsEverything(_ text: String) throws {
        let filter = try FilterQuery.root(text)
        #expect(Library.selectsEverything(filter), "\(text)")
        let (library, _) = try sampleLibrary()
        #expect(try library.ids(matching: filter).count == 5)
    }

    @Test(arguments: ["trade", "-trade", "is:unread", "' trade", "title:x", "after:2016"])
    func aFilterThatConstrainsDoesNotSelectEverything(_ text: String) throws {
        #expect(!Library.selectsEverything(try FilterQuery.root(text)), "\(text)")
    }

    @Test func noFilterSelectsEverything() {
        #expect(Library.selectsEverything(nil))
    }
}
