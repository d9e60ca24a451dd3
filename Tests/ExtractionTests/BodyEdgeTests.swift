import Testing
@testable import Extraction

/// Body lines around ad slots, link labels, pull quotes, live-blog times and agency credits.
@Suite struct BodyEdgeTests {
    static let p1 = "The council voted on Tuesday to close the old market hall for repairs, after engineers found cracks in the roof beams that had been hidden by a false ceiling for decades."
    static let p2 = "Traders will move to a temporary site on the station square from next month, and the council has promised to cover the cost of their new stalls and of the move itself."
    static let p3 = "The repairs are expected to take two years, and the council will publish a timetable for the work once a builder has been chosen later this spring."
    static let late = "A short last paragraph after the slot still belongs to the story, as every reader can tell."

    static func parse(_ lines: [String]) throws -> Article {
        try TextPageParser.parse(lines.joined(separator: "\n\n"), source: .init(), lexicon: Fixture.lexicon)
    }

    @Test func aParagraphAfterAnAdvertisementLabelStaysInTheBody() throws {
        let a = try Self.parse(["Market hall to close", Self.p1, Self.p2, Self.p3, "Advertisement", Self.late, "Most Popular", "Privacy Policy"])
        #expect(a.bodyContains("A short last paragraph after the slot"))
        #expect(!a.bodyContains("Advertisement"))
    }

    @Test func aLeadInEndingInWroteAndAColonIsBodyNotACommentHeader() throws {
        let a = try Self.parse([Self.p1, "One trader from the east side, who has sold fish there for thirty years, wrote:", Self.p2, Self.p3])
        #expect(a.bodyContains("who has sold fish there for thirty years, wrote:"))
        #expect(a.body.count == 4)
    }

    @Test func relatedAndReadMoreLinksInsideTheBodyAreNoise() throws {
        let a = try Self.parse([Self.p1, Self.p2, "RELATED: Council members split on parking changes downtown", Self.p3, Self.late,
                                "Read the letters: A selection from the traders who wrote to the council"])
        #expect(!a.bodyContains("RELATED"))
        #expect(!a.bodyContains("Read the letters"))
        #expect(a.body.count == 4)
    }

    @Test func agencyCreditsAndStandardsNotesUnderTheStoryAreNoise() throws {
        let a = try Self.parse([Self.p1, Self.p2, Self.p3, "Reporting by Dana Whitlock; editing by Simon Hale",
                                "Our Standards: The Metro Wire Trust Principles."])
        #expect(!a.bodyContains("Reporting by"))
        #expect(!a.bodyContains("Our Standards"))
    }

    @Test func aPullQuoteRepeatingAnEarlierSentenceIsDropped() throws {
        let a = try Self.parse([Self.p1, Self.p2, "\"Traders will move to a temporary site on the station square\"", Self.p3])
        #expect(a.body.count == 3)
        #expect(a.noise.contains { $0.hasPrefix("\"Traders will move") })
    }

    @Test func aMoreHeadingAtTheEndDoesNotIntroduceAListOfLinks() throws {
        let a = try Self.parse([Self.p1, Self.p2, Self.p3, "More Opinion", "Editorial: The bus network redesign needs a second draft",
                                "Letters: Readers on parking, potholes and the new library hours", "Owen Marsh: Why nobody can afford to retire on time"])
        #expect(a.body.count == 3)
    }

    @Test func galleryCaptionsBetweenSlideCountersAreTheBody() throws {
        var lines = ["Photos: The market hall before the repairs", Self.p1]
        for n in 1...4 {
            lines += ["img 04\(n)", "\(n) of 4", "Stall \(n) on the last morning before the move, with its awning rolled up and its scales packed away.", "Yuki Tanaka / Courier"]
        }
        lines += ["Related galleries", "Privacy Policy"]
        let a = try Self.parse(lines)
        #expect(a.body.filter { $0.text.hasPrefix("Stall ") }.count == 4)
        #expect(!a.bodyContains("of 4"))
        #expect(TextPageParser.slideTotal("3 of 10") == "10")
        #expect(TextPageParser.slideTotal("3 of the") == nil)
    }

    @Test func everyLiveBlogEntryUnderABareTimeIsKeptWithItsHeading() throws {
        var lines = ["Election night: live updates"]
        for (n, time) in ["11:31 PM", "10:44 PM", "9:02 PM", "8:00 PM"].enumerated() {
            lines += [time, "Entry heading \(n + 1)", "The count at this hour shows the challenger ahead in \(n + 2) of the districts, and the clerk expects more results within the hour."]
        }
        lines += ["Share this live blog", "Facebook", "Privacy Policy"]
        let a = try Self.parse(lines)
        #expect(a.body.filter { $0.text.hasPrefix("The count at this hour") }.count == 4)
        #expect(a.bodyContains("Entry heading 4"))
        #expect(!a.bodyContains("8:00 PM"))
    }
}
