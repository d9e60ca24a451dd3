import ArgumentParser
import FilterQuery
import Store

/// Which articles `mark` and `remove` act on: ids, `--query`, or `--all`.
///
/// A filter that selects every article (`'`, `.`) is refused unless `--all` is given, so a
/// stray punctuation query never wipes or marks the whole library.
struct ArticleSelection: ParsableArguments {
    @Argument(help: "Article ids (see folio list).")
    var ids: [Int64] = []

    @Option(help: "Every article matching this filter.")
    var query: String?

    @Flag(help: "Allow every article: alone, or with a --query that selects everything.")
    var all = false

    func validate() throws {
        if ids.isEmpty && query == nil && !all {
            throw ValidationError("Neither article ids nor --query was given; name the articles (ids or --query), or pass --all.")
        }
        if !ids.isEmpty && (query != nil || all) {
            throw ValidationError("Give article ids or --query/--all, not both.")
        }
    }

    /// The ids to act on; `verb` names the command in the refusal message.
    ///
    /// - Throws: ``CommandFailure`` for a malformed query or one that selects everything without `--all`.
    func targets(in library: Library, verb: String) throws -> [Int64] {
        if !ids.isEmpty { return ids }
        let filter = try parseFilter(query)
        if !all, Library.selectsEverything(filter?.root) {
            throw CommandFailure("the query \((query ?? "").debugDescription) selects every article "
                + "(a term needs a letter or digit); pass --all to \(verb) every article")
        }
        do { return try library.ids(matching: filter?.root) } catch { throw CommandFailure(error.description) }
    }

    /// True when ids were named (so ids naming no article are an error).
    var isByID: Bool { !ids.isEmpty }
}
