import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files an import reads: given files as they are, folders walked recursively (lazily,
/// so memory does not grow with the corpus), keeping names with one of `extensions`, plain or
/// gzipped (`page.html.gz`), and skipping hidden files and folders (`.git`, `.DS_Store`).
///
/// The walk reads folders with `readdir` and says what it could not walk — a folder it cannot
/// list, one whose path is longer than the system allows (`PATH_MAX`), a named folder with no
/// page in it — instead of passing over it in silence. Links to folders are not followed.
struct ImportInput: Sequence {
    var urls: [URL]
    var extensions: Set<String>

    /// One thing the walk found.
    enum Item: Equatable, Sendable {
        /// A file to read.
        case file(String)
        /// A given path that names no file or folder (reported as a failure, not an abort).
        case missing(String)
        /// A folder that could not be listed, and why in words.
        case unreadableFolder(String, reason: String)
        /// A folder given by name that holds no page at any depth.
        case noPages(String)

        var path: String {
            switch self {
            case let .file(path), let .missing(path), let .unreadableFolder(path, _), let .noPages(path): return path
            }
        }
    }

    func makeIterator() -> Walker {
        Walker(urls: urls, extensions: extensions)
    }

    /// Whether a file name ends in one of `extensions`, optionally followed by `.gz`.
    static func isPage(_ name: Substring, extensions: Set<String>) -> Bool {
        var name = name.lowercased()[...]
        if name.hasSuffix(".gz") { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]))
    }

    /// Why a folder could not be opened, in words a user can act on.
    static func unreadableReason(_ code: Int32) -> String {
        if code == ENAMETOOLONG { return FileKind.pathTooLong }
        return "cannot list the folder (\(String(cString: strerror(code)))); check its permissions"
    }

    /// The walk itself: a stack of open folders, closed as they are finished (or when dropped).
    final class Walker: IteratorProtocol {
        private var pending: IndexingIterator<[URL]>
        private let extensions: Set<String>
        private var open: [(handle: OpaquePointer, path: String)] = []
        /// The folder given by name being walked, and how many items it has given so far.
        private var root = ""
        private var given = 0

        init(urls: [URL], extensions: Set<String>) {
            pending = urls.makeIterator()
            self.extensions = extensions
        }

        deinit {
            for folder in open { closedir(folder.handle) }
        }

        func next() -> Item? {
            while true {
                if let folder = open.last {
                    guard let entry = readdir(folder.handle) else {
                        closedir(folder.handle)
                        open.removeLast()
                        if open.isEmpty && given == 0 { return .noPages(root) }
                        continue
                    }
                    if let item = visit(entry, in: folder.path) {
                        given += 1
                        return item
                    }
                    continue
                }
                guard let url = pending.next() else { return nil }
                var info = stat()
                guard stat(url.path, &info) == 0 else {
                    if errno == ENAMETOOLONG { return .unreadableFolder(url.path, reason: FileKind.pathTooLong) }
                    return .missing(url.path)
                }
                guard info.st_mode & S_IFMT == S_IFDIR else { return .file(url.standardizedFileURL.path) }
                root = url.standardizedFileURL.path
                if root.hasSuffix("/"), root.count > 1 { root.removeLast() }
                given = 0
                if let failure = enter(root) { return failure }
            }
        }

        /// The item for one folder entry, or nil when it is skipped or is a folder now entered.
        private func visit(_ entry: UnsafeMutablePointer<dirent>, in folder: String) -> Item? {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            // A name that is not UTF-8 keeps U+FFFD in it: reading it then fails, and says why.
            let name = String(decoding: raw, as: UTF8.self)
            guard !name.hasPrefix(".") else { return nil }
            let full = folder == "/" ? "/" + name : folder + "/" + name
            var isFolder = Int(entry.pointee.d_type) == Int(DT_DIR)
            if Int(entry.pointee.d_type) == Int(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder { return enter(full) }
            // Name only (cheap): the reader checks the type before opening, so a FIFO or a
            // folder link named like a page is a named failure, never a read that waits.
            return ImportInput.isPage(name[...], extensions: extensions) ? .file(full) : nil
        }

        /// Opens `path` for walking; a failure item when it cannot be listed.
        private func enter(_ path: String) -> Item? {
            guard let handle = opendir(path) else {
                return .unreadableFolder(path, reason: ImportInput.unreadableReason(errno))
            }
            open.append((handle, path))
            return nil
        }
    }
}
