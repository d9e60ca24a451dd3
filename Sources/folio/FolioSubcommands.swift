import ArgumentParser

/// Every subcommand, in the order `--help` lists them.
enum FolioSubcommands {
    static let all: [ParsableCommand.Type] = [
        ReaderCommand.self,
        DemoCommand.self,
        ExtractCommand.self,
        ImportCommand.self,
        ListCommand.self,
        ShowCommand.self,
        MarkCommand.self,
        RemoveCommand.self,
        StatsCommand.self,
    ]
}
