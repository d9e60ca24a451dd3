import ArgumentParser
import Foundation
import ReaderCore
import Store

/// `folio list [QUERY]`: the articles matching a filter, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles matching a filter.",
        discussion: """
            QUERY: words and "phrases" (all must match), OR, -word, title: author: section: source:, \
            is:unread is:read is:starred, after: before: on: with YYYY, YYYY-MM or YYYY-MM-DD, trad* \
            for a prefix, parentheses to group. Example: folio list 'trade -trump after:2016-12'
            """
    )

    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case date, dateAscending = "date-asc", title, imported
        var articleSort: ArticleSort {
            switch self {
            case .date: return .dateDescending
            case .dateAscending: return .dateAscending
            case .title: return .title
            case .imported: return .imported
            }
        }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, tsv, json
    }

    @OptionGroup var libraryOptions: LibraryOptions

    /// The filter's words, taken whole even when one begins with `-` (`folio list -section:sport`):
    /// a query word is not an option. Several words are joined with spaces.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "A filter; all articles when omitted. Words may begin with - (-trump, -section:sport).",
        valueName: "query"))
    var words: [String] = []

    @Option(help: "Order: date (newest first), date-asc (oldest first), title or imported (latest first).")
    var sort: Sort = .date

    @Option(help: "Show at most this many articles.")
    var limit: Int = 50

    @Option(help: "Skip this many articles first (for paging).")
    var offset: Int = 0

    @Option(help: "Output: table, tsv (id, date, read, starred, section, title) or json.")
    var format: Format = .table

    /// The filter text, or nil for every article: the words without a `--` terminator, joined
    /// with spaces and cleaned as the library's text is (so an error's caret lines up).
    var query: String? {
        var words = words
        if let end = words.firstIndex(of: "--") { words.remove(at: end) }
        let text = ConsoleText.field(words.joined(separator: " "))
        return text.isEmpty ? nil : text
    }

    func validate() throws {
        // Options are parsed wherever they stand; what is left that looks like a long option
        // is a mistyped one (`--limt 5`), not a filter word, unless it follows `--`.
        if let word = words.prefix(while: { $0 != "--" }).first(where: { $0.hasPrefix("--") }) {
            throw ValidationError("Unknown option '\(word)'. A filter word cannot begin with -- (put -- before it).")
        }
        if limit < 0 { throw ValidationError("--limit must be 0 or more.") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more.") }
    }

    func run() throws {
        let filter = try parseFilter(query)
        let library = try libraryOptions.open(readOnly: true)
        let rows: [ArticleSummary]
        var more = 0
        do {
            rows = try library.summaries(matching: filter?.root, sort: sort.articleSort, offset: offset, limit: limit)
            if rows.count == limit {
                more = max(0, try library.count(matching: filter?.root) - offset - rows.count)
            }
        } catch {
            throw CommandFailure(error.description)
        }
        var out = OutputBuffer()
        for (index, row) in rows.map(Self.cleaned).enumerated() {
            switch format {
            case .tsv:
                let fields = [String(row.id), row.date ?? "", row.isRead ? "1" : "0", row.isStarred ? "1" : "0",
                              row.section ?? "", row.title]
                out.write(fields.joined(separator: "\t") + "\n")
            case .json:
                out.write((index == 0 ? "[" : ",\n ") + Self.json(row))
            case .table:
                out.write(Self.tableLine(row))
            }
        }
        if format == .json { out.write(rows.isEmpty ? "[]\n" : "]\n") }
        out.flush()
        // On stderr, so TSV and JSON on stdout stay exactly the rows asked for.
        if more > 0 {
            ConsoleText.report("folio: … and \(more) more (see them with --limit or --offset)")
        }
    }

    /// The row with every stored string cleaned: the library may hold text written by another
    /// version or tool, escape sequences included.
    static func cleaned(_ row: ArticleSummary) -> ArticleSummary {
        var row = row
        row.date = ConsoleText.field(row.date)
        row.section = ConsoleText.field(row.section)
        row.source = ConsoleText.field(row.source)
        row.title = ConsoleText.field(row.title)
        return row
    }

    private static func json(_ row: ArticleSummary) -> String {
        var out = "{\"id\":\(row.id),\"date\":"
        func value(_ s: String?) {
            guard let s else { out += "null"; return }
            var bytes: [UInt8] = []
            ArticleOutput.appendQuoted(s, to: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
        }
        value(row.date)
        out += ",\"read\":\(row.isRead),\"starred\":\(row.isStarred),\"section\":"
        value(row.section)
        out += ",\"source\":"
        value(row.source)
        out += ",\"title\":"
        value(row.title)
        return out + "}"
    }

    /// `  42  2017-01-09  N*  News          CIO           Title…`: N = unread, * = starred.
    static func tableLine(_ row: ArticleSummary) -> String {
        // Columns are cut by display width between characters: a wide character never
        // straddles a column and an ellipsis never splits a character.
        func fit(_ text: String?, _ width: Int) -> String { DisplayWidth.fit(text ?? "", to: width) }
        let id = String(row.id)
        let marks = (row.isRead ? " " : "N") + (row.isStarred ? "*" : " ")
        return String(repeating: " ", count: max(0, 6 - id.count)) + id + "  " + fit(row.date, 10) + "  " + marks
            + "  " + fit(row.section, 12) + "  " + fit(row.source, 14) + "  " + row.title + "\n"
    }
}
