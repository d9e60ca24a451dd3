@testable import ReaderCore

/// Sample rows, documents and states shared by the reducer and golden tests.
enum Fixture {
    static let sections = ["Politics", "Science", "Culture", "Business", "World", "Opinion"]
    static let sites = ["example.org", "harbor-times.test", "northern-post.test"]
    static let titles = [
        "City council approves new bike lanes along Harbor Road after a long night of debate",
        "Researchers map the deep currents that carry heat beneath the Arctic ice",
        "A small theatre company stages Chekhov in a laundromat",
        "Grain prices fall as the autumn harvest comes in larger than forecast",
        "Ferry strike ends with a deal on night shifts",
        "Why the library should stay open on Sundays",
        "Telescope array spots a comet that will pass close to Mars",
        "Local bakery wins the regional sourdough prize for a third year",
    ]

    /// Row `i` of a library of articles published one day apart, newest first.
    static func row(_ i: Int) -> ArticleRow {
        ArticleRow(
            id: Int64(1000 + i),
            date: "2024-\(String(format2: 3 - (i / 28) % 3))-\(String(format2: 28 - i % 28))",
            section: i % 5 == 4 ? nil : sections[i % sections.count],
            site: sites[i % sites.count],
            title: titles[i % titles.count],
            isRead: i % 3 == 1,
            isStarred: i % 7 == 2
        )
    }

    static func rows(_ range: Range<Int>) -> [ArticleRow] { range.map(row) }

    /// A state whose list shows the window `window` of `total` rows, with `selected` selected.
    static func loaded(
        total: Int = 40, window: Range<Int>? = nil, selected: Int = 0,
        width: Int = 80, height: Int = 24, session: Session = Session()
    ) -> AppState {
        var state = AppState(session: session, width: width, height: height)
        let window = window ?? 0..<min(total, ListState.windowSize)
        state.list.offset = window.lowerBound
        state.list.rows = rows(window)
        state.list.total = total
        state.list.loadedFilter = session.filter
        state.list.anchor = nil
        state.counts = LibraryCounts(total: total, unread: total * 2 / 3, starred: total / 7)
        _ = state.select(selected)
        return state
    }

    static let document = ArticleDocument(
        id: 1000,
        title: "City council approves new bike lanes along Harbor Road after a long night of debate",
        dek: "The plan adds four kilometres of protected lanes and removes parking on one side of the road, a trade that split the chamber until well after midnight.",
        authors: ["Maria Lindqvist", "Tomás Ferreira"],
        date: "2024-03-28",
        section: "Politics",
        site: "harbor-times.test",
        blocks: [
            .init(.paragraph, "The vote came at 1:40 a.m., after six hours of testimony from shop owners, cyclists and residents of the streets that run down to the water. Seven members voted in favour and four against."),
            .init(.paragraph, "Supporters said the lanes would make the road safer for the children who ride to the two schools on it. Opponents worried about deliveries."),
            .init(.heading, "What changes"),
            .init(.listItem, "Protected lanes on both sides from the ferry terminal to Mill Street."),
            .init(.listItem, "Parking removed on the north side, with loading zones every 200 metres."),
            .init(.listItem, "A lower speed limit of 30 km/h."),
            .init(.quote, "We are not taking the road away from anyone. We are sharing it with the people who were already using it, just less safely."),
            .init(.paragraph, "Construction is expected to start in June and to last through the summer. A public meeting on the detailed design is scheduled for next month at the library."),
            .init(.preformatted, "Yes  7\nNo   4"),
            .init(.caption, "Cyclists wait at the Mill Street crossing on Tuesday morning."),
            .init(.paragraph, "Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis is not a word anyone used at the meeting."),
        ],
        bio: "Maria Lindqvist covers city hall. Tomás Ferreira writes about transport.",
        credit: "Photograph: Jonas Berg for the Harbor Times",
        sourceURL: "https://harbor-times.test/2024/03/28/bike-lanes"
    )

    /// The document for row `i` (a short one unless `i` is 0).
    static func document(for i: Int) -> ArticleDocument {
        if i == 0 { return document }
        let row = row(i)
        return ArticleDocument(id: row.id, title: row.title, date: row.date, section: row.section, site: row.site,
                               blocks: [.init(.paragraph, "Short article \(i).")], isRead: row.isRead, isStarred: row.isStarred)
    }
}

extension String {
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
