import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Words for the files a page walk keeps and those it skips without opening, shared by
/// `folio import` and `folio extract`.
public enum FileKind {
    /// The files a folder walk keeps (``Library/pageExtensions``), for messages.
    public static let pageFiles = ".txt, .html, .htm or .xhtml files, optionally .gz"

    /// What a file that is not a regular one is (`st_mode`), e.g. "a FIFO".
    public static func name(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFLNK: return "a link"
        default: return "a special file"
        }
    }

    /// Why a file that is not a regular one is skipped: opening a FIFO waits for a writer forever.
    public static func notRegular(_ mode: mode_t) -> String {
        "\(name(of: mode)), not a regular file; skipped"
    }

    /// Why a path longer than the system allows (`PATH_MAX`) was not read.
    public static let pathTooLong =
        "the path is longer than the system allows (\(PATH_MAX) bytes); move the page to a shorter path"
}
