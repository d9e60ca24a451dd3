import Extraction
import Foundation
import Store
#if canImport(Glibc)
import Glibc
#endif

/// Finds the page files `folio extract` reads and loads their bytes.
///
/// Folders are walked recursively and only page files are taken from them (`.txt`, `.html`,
/// `.htm`, `.xhtml`, and `.gz` of those); a file named explicitly is always tried.
enum PageFiles {
    /// Why a path gave no bytes.
    enum ReadError: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String, String)
        case unreadableFolder(String, String)
        /// A path longer than the system allows (`PATH_MAX`).
        case pathTooLong(String)
        case tooLarge(String, Int)
        /// A name in a folder that is not UTF-8, shown with U+FFFD for the bytes that are not.
        case undecodableName(String)
        /// A page name in a folder on something that is not a regular file (a FIFO, a socket, a
        /// device): never opened, since opening a FIFO waits for a writer forever.
        case notRegularFile(String, mode_t)
        /// A folder named on the command line that holds no page at any depth.
        case noPages(String)

        var description: String {
            switch self {
            case let .missing(path): return "\(path): no such file or folder; check the path"
            case let .unreadable(path, why): return "\(path): cannot read the file (\(why)); check its permissions"
            case let .unreadableFolder(path, why): return "\(path): cannot list the folder (\(why)); check its permissions"
            case let .pathTooLong(path): return "\(path): \(FileKind.pathTooLong)"
            case let .tooLarge(path, limit): return "\(path): larger than \(limit >> 20) MB; split the page or skip it"
            case let .undecodableName(path): return "\(path): the name is not UTF-8, so it cannot be read by name; rename it"
            case let .noPages(path): return "\(path): no pages in this folder (\(FileKind.pageFiles)); nothing to read"
            case let .notRegularFile(path, mode): return "\(path): \(FileKind.notRegular(mode)) (name it alone to read it)"
            }
        }

        /// The path the error is about.
        var path: String {
            switch self {
            case let .missing(path), let .unreadable(path, _), let .unreadableFolder(path, _), let .pathTooLong(path), let .tooLarge(path, _),
                 let .undecodableName(path), let .notRegularFile(path, _), let .noPages(path):
                return path
            }
        }
    }

    static let pageExtensions: Set<String> = ["txt", "html", "htm", "xhtml"]

    /// Whether a file found in a folder is a page: a page extension, optionally gzipped.
    static func isPage(_ path: String) -> Bool {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return false }
        return pageExtensions.contains(String(name[name.index(after: dot)...]))
    }

    /// The files named by `paths`, folders expanded in sorted order; missing paths become errors.
    static func expand(_ paths: [String]) -> [Result<String, ReadError>] {
        let fm = FileManager.default
        var out: [Result<String, ReadError>] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                out.append(.failure(.missing(path)))
                continue
            }
            guard isDirectory.boolValue else {
                out.append(.success(path))
                continue
            }
            var found: [Result<String, ReadError>] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            walk(path, base: base, relative: "", into: &found)
            if found.isEmpty { found.append(.failure(.noPages(path))) }
            out.append(contentsOf: found.sorted { Self.path(of: $0) < Self.path(of: $1) })
        }
        return out
    }

    private static func path(of entry: Result<String, ReadError>) -> String {
        switch entry {
        case let .success(path): return path
        case let .failure(error): return error.path
        }
    }

    /// Adds the page files in `folder` (`base/relative`) and below to `found`, and what could
    /// not be read: a folder that cannot be listed, a page or folder whose name is not UTF-8.
    ///
    /// Lists what `FileManager`'s enumerator with a `fileExists` test per entry listed —
    /// hidden entries count, links to files count, links to folders are not followed — but
    /// reads each entry's type from `readdir`, so a plain file costs no `stat` (the
    /// enumerator and the test were 4 % of `folio extract` over 3,000 small pages).
    private static func walk(_ folder: String, base: String, relative: String, into found: inout [Result<String, ReadError>]) {
        guard let dir = opendir(folder) else {
            found.append(.failure(errno == ENAMETOOLONG ? .pathTooLong(folder) : .unreadableFolder(folder, String(cString: strerror(errno)))))
            return
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let name = String(validating: raw, as: UTF8.self) else {
                // A String path cannot name it: said, not skipped in silence, when it is a page or a folder.
                let shown = String(decoding: raw, as: UTF8.self)
                if Int(entry.pointee.d_type) == Int(DT_DIR) || isPage(shown) {
                    found.append(.failure(.undecodableName(base + "/" + (relative.isEmpty ? shown : relative + "/" + shown))))
                }
                continue
            }
            guard name != ".", name != ".." else { continue }
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = base + "/" + rel
            switch Int(entry.pointee.d_type) {
            case Int(DT_DIR):
                walk(full, base: base, relative: rel, into: &found)
            case Int(DT_REG):
                if isPage(rel) { found.append(.success(full)) }
            case Int(DT_LNK), Int(DT_UNKNOWN):
                // A link, or a type the file system does not report: a real folder is walked,
                // a link is followed to see what it names.
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    walk(full, base: base, relative: rel, into: &found)
                } else if isPage(rel), stat(full, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                    found.append(info.st_mode & S_IFMT == S_IFREG ? .success(full) : .failure(.notRegularFile(full, info.st_mode)))
                }
            default:
                // A FIFO, socket or device: said when named like a page, never opened.
                if isPage(rel) { found.append(.failure(.notRegularFile(full, mode(ofType: entry.pointee.d_type)))) }
            }
        }
    }

    /// The `st_mode` file type for a `readdir` entry type.
    private static func mode(ofType type: UInt8) -> mode_t {
        switch Int32(type) {
        case Int32(DT_FIFO): return S_IFIFO
        case Int32(DT_SOCK): return S_IFSOCK
        case Int32(DT_CHR): return S_IFCHR
        case Int32(DT_BLK): return S_IFBLK
        default: return 0
        }
    }

    /// The bytes of `path` as stored. Gzipped pages stay compressed: `PageExtractor.extract`
    /// inflates them in memory, within its page size limit.
    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        try readRaw(path)
    }

    /// Reads the whole file with POSIX calls: no URL, no `Data`, one copy.
    private static func readRaw(_ path: String) throws(ReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENAMETOOLONG ? .pathTooLong(path) : .unreadable(path, String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        guard Int(info.st_size) <= PageExtractor.maximumPageBytes else {
            throw .tooLarge(path, PageExtractor.maximumPageBytes)
        }
        // One byte more than the file: the read that sees the end needs no growth.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)) + 1)
        var filled = 0
        while true {
            if filled > PageExtractor.maximumPageBytes { throw .tooLarge(path, PageExtractor.maximumPageBytes) }
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
