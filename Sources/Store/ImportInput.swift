import Foundation

/// The files an import reads: given files as they are, folders walked recursively (lazily,
/// so memory does not grow with the corpus), keeping names with one of `extensions`, plain or
/// gzipped (`page.html.gz`), and skipping hidden files and folders (`.git`, `.DS_Store`).
struct ImportInput: Sequence {
    var urls: [URL]
    var extensions: Set<String>

    /// One thing the walk found.
    enum Item: Equatable, Sendable {
        /// A file to read.
        case file(String)
        /// A given path that names no file or folder (reported as a failure, not an abort).
        case missing(String)

        var path: String {
            switch self {
            case let .file(path), let .missing(path): return path
            }
        }
    }

    func makeIterator() -> AnyIterator<Item> {
        var pending = urls.makeIterator()
        var walker: FileManager.DirectoryEnumerator?
        var walkerBase = ""
        return AnyIterator {
            while true {
                if let current = walker {
                    guard let next = current.nextObject() as? String else { walker = nil; continue }
                    let name = next.lastIndex(of: "/").map { next[next.index(after: $0)...] } ?? next[...]
                    if name.hasPrefix(".") {
                        current.skipDescendants()
                        continue
                    }
                    // Name only (cheap); a folder named like a page fails to read and is reported.
                    guard Self.isPage(name, extensions: extensions) else { continue }
                    return .file(walkerBase + "/" + next)
                }
                guard let url = pending.next() else { return nil }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                    return .missing(url.path)
                }
                if isDirectory.boolValue {
                    walkerBase = url.standardizedFileURL.path
                    if walkerBase.hasSuffix("/"), walkerBase.count > 1 { walkerBase.removeLast() }
                    walker = FileManager.default.enumerator(atPath: walkerBase)
                } else {
                    return .file(url.standardizedFileURL.path)
                }
            }
        }
    }

    /// Whether a file name ends in one of `extensions`, optionally followed by `.gz`.
    static func isPage(_ name: Substring, extensions: Set<String>) -> Bool {
        var name = name.lowercased()[...]
        if name.hasSuffix(".gz") { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]))
    }
}
