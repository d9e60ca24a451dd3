import Foundation

/// Files Folio ships: sample pages for the demo, noise lexicons, the default config.
///
/// Looks for the resource bundle beside the running binary (where `swift build` puts it),
/// then in `$FOLIO_RESOURCES`, then in `/usr/local/share/folio` and `/usr/share/folio`.
/// Unlike `Bundle.module`, a missing bundle is reported, not a crash.
public enum FolioResources {
    /// The folder holding `samples/`, `lexicon/` and `config/`, if one can be found.
    public static let directory: URL? = locate()

    /// The bundled sample pages.
    public static var samplesDirectory: URL? { directory?.appendingPathComponent("samples", isDirectory: true) }

    /// The text of a bundled lexicon (`lexicon/NAME.txt`), or nil when it is missing.
    public static func lexicon(named name: String) -> String? {
        guard let url = directory?.appendingPathComponent("lexicon/\(name).txt") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    private static func locate() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        let bundleName = "Folio_FolioResources.resources"
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.appendingPathComponent(bundleName))
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        if let env = ProcessInfo.processInfo.environment["FOLIO_RESOURCES"] {
            candidates.insert(URL(fileURLWithPath: env), at: 0)
        }
        candidates.append(URL(fileURLWithPath: "/usr/local/share/folio"))
        candidates.append(URL(fileURLWithPath: "/usr/share/folio"))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("samples").path) }
    }
}
