import ArgumentParser

/// The `folio` command: a terminal news reader.
@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Read saved news pages in the terminal.",
        subcommands: FolioSubcommands.all,
        defaultSubcommand: ReaderCommand.self
    )
}
