import ArgumentParser
import Extraction
import Foundation
import Store

/// `folio show ID`: one article in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article from the library.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "The article's id (see folio list).")
    var id: Int64

    @Option(help: "Output: text, markdown or json.")
    var format: Format = .text

    func run() throws {
        let library = try libraryOptions.open(readOnly: true)
        var stored: StoredArticle
        do { stored = try library.article(id: id) } catch { throw CommandFailure(error.description) }
        // Every field cleaned (``TextSanitizer``), the raw path included (the library keeps it to
        // open the file): the library may hold text another version or tool stored unclean.
        stored.article = stored.article.sanitized()
        var out = OutputBuffer()
        switch format {
        case .text:
            out.write(Self.text(stored))
        case .markdown:
            out.write(ArticleOutput.markdown(stored.article, showNoise: false))
        case .json:
            // The article's own JSON object, with the library's id and marks in front.
            let article = ArticleOutput.json(stored.article)
            out.write("{\"id\":\(stored.id),\"read\":\(stored.isRead),\"starred\":\(stored.isStarred),"
                + article.dropFirst())
        }
        out.flush()
    }

    /// Title, dek, one line of facts (date, section, authors, source, marks), then the body.
    static func text(_ stored: StoredArticle) -> String {
        let a = stored.article
        var parts = [a.title]
        if let dek = a.dek { parts.append(dek) }
        var facts = [a.date, a.section, a.authors.isEmpty ? nil : "By " + a.authors.joined(separator: ", ")]
            .compactMap { $0 }
        if let source = a.source.site ?? a.source.url ?? a.source.path { facts.append(source) }
        facts.append(stored.isRead ? "read" : "unread")
        if stored.isStarred { facts.append("starred") }
        parts.append(facts.joined(separator: " · "))
        parts += a.bodyText
        if let bio = a.bio { parts.append(bio) }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
