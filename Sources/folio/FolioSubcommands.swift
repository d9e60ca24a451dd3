import ArgumentParser

/// Every subcommand, in the order `--help` lists them.
enum FolioSubcommands {
    static let all: [ParsableCommand.Type] = [
        ReaderCommand.self,
    ]
}
