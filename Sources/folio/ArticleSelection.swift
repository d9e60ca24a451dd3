import ArgumentParser
import FilterQuery
import Store

/// Which articles `mark` and `remove` act on: ids, `--query`, or `--all`.
///
/// A query that matches every article in the library (`'`, `is:read OR is:unread`, `-zzzz`)
/// is refused unless `--all` is given, so a stray query never wipes or marks the whole
/// library. What counts is the number of matches, not the query's letters.
struct ArticleSelection: ParsableArguments {
    @Argument(help: "Article ids (see folio list).")
    var ids: [Int64] = []

    // `.unconditional`: a query may begin with `-` (`--query -sport`, an exclusion).
    @Option(parsing: .unconditional, help: "Every article matching this filter.")
    var query: String?

    @Flag(help: "Allow every article: alone, or with a --query that matches them all.")
    var all = false

    func validate() throws {
        if ids.isEmpty && query == nil && !all {
            throw ValidationError("Neither article ids nor --query was given; name the articles (ids or --query), or pass --all.")
        }
        if !ids.isEmpty && (query != nil || all) {
            throw ValidationError("Give article ids or --query/--all, not both.")
        }
    }

    /// What a command acts on: the ids (each once), those of them that name no article, and
    /// whether they are every article in the library.
    struct Targets {
        var ids: [Int64]
        var missing: [Int64]
        var isEverything: Bool
    }

    /// The articles to act on; `verb` names the command in the refusal message.
    ///
    /// - Throws: ``CommandFailure`` for a malformed query or one that matches every article without `--all`.
    func targets(in library: Library, verb: String) throws -> Targets {
        do {
            let total = try library.count(matching: nil)
            if !ids.isEmpty {
                let missing = try library.missing(ids: ids)
                let found = Array(Set(ids).subtracting(missing)).sorted()
                return Targets(ids: found, missing: missing, isEverything: total > 0 && found.count == total)
            }
            let filter = try parseFilter(query)
            let matching = try library.ids(matching: filter?.root)
            let isEverything = total > 0 && matching.count == total
            if isEverything, !all {
                throw CommandFailure("the query \((query ?? "").debugDescription) matches all \(total) "
                    + "article\(total == 1 ? "" : "s") in the library; pass --all to \(verb) every article")
            }
            return Targets(ids: matching, missing: [], isEverything: isEverything)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}

extension ArticleSelection.Targets {
    /// "no article 99999" or "no articles 5, 99999", for ids that name none; nil when all do.
    var missingMessage: String? {
        guard !missing.isEmpty else { return nil }
        let list = missing.map(String.init).joined(separator: ", ")
        return "no article\(missing.count == 1 ? "" : "s") \(list); `folio list` shows the ids"
    }
}
