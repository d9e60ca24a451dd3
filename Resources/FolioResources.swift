import Foundation

/// Files Folio ships: sample pages for the demo, noise lexicons, the default config.
///
/// Looked for, in order: `$FOLIO_RESOURCES`; beside the running binary's real file
/// (`/proc/self/exe`, symlinks resolved), where `swift build` puts the resource bundle;
/// `PREFIX/share/folio` for a binary installed as `PREFIX/bin/folio` (`make install`); then
/// `/usr/local/share/folio` and `/usr/share/folio`. The first folder holding `lexicon/` wins.
/// Never found through `argv[0]`: run from `PATH`, that is only `folio`, and the current folder
/// would be searched. Unlike `Bundle.module`, a missing bundle is reported, not a crash.
public enum FolioResources {
    /// The folder holding `samples/`, `lexicon/` and `config/`, if one can be found.
    public static let directory: URL? = searchedFolders.first {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("lexicon").path)
    }

    /// The bundled sample pages, if found.
    public static var samplesDirectory: URL? {
        guard let samples = directory?.appendingPathComponent("samples", isDirectory: true),
              FileManager.default.fileExists(atPath: samples.path) else { return nil }
        return samples
    }

    /// The text of a bundled lexicon (`lexicon/NAME.txt`), or nil when it is missing.
    public static func lexicon(named name: String) -> String? {
        guard let url = directory?.appendingPathComponent("lexicon/\(name).txt") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Every folder searched, in order (for a message that says where Folio looked).
    public static let searchedFolders: [URL] = {
        var folders: [URL] = []
        if let env = ProcessInfo.processInfo.environment["FOLIO_RESOURCES"], !env.isEmpty {
            folders.append(URL(fileURLWithPath: env, isDirectory: true))
        }
        let bundleName = "Folio_FolioResources.resources"
        let binFolder = executable.deletingLastPathComponent()
        folders.append(binFolder.appendingPathComponent(bundleName))
        folders.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/folio"))
        // Test runners load the code from a bundle whose folder holds the resource bundle.
        for bundle in Bundle.allBundles {
            folders.append(bundle.bundleURL.appendingPathComponent(bundleName))
            folders.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        folders.append(URL(fileURLWithPath: "/usr/local/share/folio"))
        folders.append(URL(fileURLWithPath: "/usr/share/folio"))
        var seen = Set<String>()
        return folders.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }
    }()

    /// The running binary's real file: `/proc/self/exe` (Linux resolves every symlink), else
    /// `argv[0]` with symlinks resolved.
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), path.hasPrefix("/") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    }
}
