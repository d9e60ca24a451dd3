import ArgumentParser
import Foundation

/// The `folio` command: a terminal news reader.
@main
struct Folio: AsyncParsableCommand {
    /// The version `folio --version` prints.
    static let version = "0.10.0"

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Read saved news pages in the terminal.",
        version: "folio \(version)",
        subcommands: FolioSubcommands.all,
        defaultSubcommand: ReaderCommand.self
    )

    /// Parses the arguments and runs the command, like swift-argument-parser's own `main`,
    /// but every message on the way out — the parser's ("Unknown option '…'") as much as a
    /// command's — is cleaned first: both may echo the user's arguments, escape sequences and all.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let text = ConsoleText.message(fullMessage(for: error))
            if !text.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
