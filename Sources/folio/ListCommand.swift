import ArgumentParser
import Foundation
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

    @Argument(help: "A filter; all articles when omitted.")
    var query: String?

    @Option(help: "Order: date (newest first), date-asc (oldest first), title or imported (latest first).")
    var sort: Sort = .date

    @Option(help: "Show at most this many articles.")
    var limit: Int = 50

    @Option(help: "Skip this many articles first (for paging).")
    var offset: Int = 0

    @Option(help: "Output: table, tsv (id, date, read, starred, section, title) or json.")
    var format: Format = .table

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more.") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more.") }
    }

    func run() throws {
        let filter = try parseFilter(query)
        let library = try libraryOptions.open(readOnly: true)
        let rows: [ArticleSummary]
        do {
            rows = try library.summaries(matching: filter?.root, sort: sort.articleSort, offset: offset, limit: limit)
        } catch {
            throw CommandFailure(error.description)
        }
        var out = OutputBuffer()
        switch format {
        case .tsv:
            for row in rows {
                let fields = [String(row.id), row.date ?? "", row.isRead ? "1" : "0", row.isStarred ? "1" : "0",
                              row.section ?? "", row.title]
                out.write(fields.joined(separator: "\t") + "\n")
            }
        case .json:
            out.write("[" + rows.map(Self.json).joined(separator: ",\n ") + "]\n")
        case .table:
            for row in rows { out.write(Self.tableLine(row)) }
        }
        out.flush()
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
    private static func tableLine(_ row: ArticleSummary) -> String {
        func fit(_ text: String?, _ width: Int) -> String {
            let text = text ?? ""
            let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
            return cut + String(repeating: " ", count: max(0, width - cut.count))
        }
        let id = String(row.id)
        let marks = (row.isRead ? " " : "N") + (row.isStarred ? "*" : " ")
        return String(repeating: " ", count: max(0, 6 - id.count)) + id + "  " + fit(row.date, 10) + "  " + marks
            + "  " + fit(row.section, 12) + "  " + fit(row.source, 14) + "  " + row.title + "\n"
    }
}
