import Foundation
import GRDB

/// What the file at a library path is, judged from its bytes before SQLite opens it.
///
/// Everything here only reads: a file that is not Folio's, or is damaged, is refused before
/// SQLite (which would switch it to write-ahead logging, migrate it, or extend it) touches it.
///
/// The checks use the fixed 100-byte SQLite header (<https://www.sqlite.org/fileformat.html>):
/// the magic string, the page size (offset 16), the change counter (24), the page count (28),
/// the application id (68) and the version that last wrote the page count (92).
enum LibraryFile {
    /// `PRAGMA application_id` of every Folio library: "Foli" in ASCII.
    ///
    /// Libraries made before it existed hold 0 and are stamped when next opened for writing.
    static let applicationID: Int32 = 0x466F_6C69

    /// Refuses directories, non-SQLite files, other programs' databases and truncated
    /// libraries; creates the folder of a missing library (only with `createIfMissing`, else a
    /// missing file is ``StoreError/noLibrary(path:)``).
    ///
    /// - Parameter readOnly: the caller only reads, so a read-only file is fine and a damaged
    ///   one may still be read (SQLite reports any page it cannot read).
    /// - Returns: whether the file exists.
    static func check(_ path: String, createIfMissing: Bool, readOnly: Bool) throws(StoreError) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            guard createIfMissing else { throw .noLibrary(path: path) }
            try createFolder(of: path)
            return false
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let logBefore = logBytes(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .notWritable(path: path, reason: "the file cannot be read")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        let size = (try? handle.seekToEnd()).map(Int64.init) ?? 0
        try? handle.close()
        let logIsEmpty = logBefore == 0 && logBytes(path) == 0
        try checkHeader([UInt8](header), fileSize: size, logIsEmpty: logIsEmpty, path: path, readOnly: readOnly)
        if !readOnly, !manager.isWritableFile(atPath: path) {
            throw .notWritable(path: path, reason: "the file is read-only")
        }
        return true
    }

    /// Refuses a header that is not SQLite's, names another program, or declares more pages
    /// than the file holds (only when writing: a write would build on the missing pages).
    ///
    /// SQLite writes whole pages, so a size that is not a multiple of the page size is damage.
    /// A size below the header's page count is damage only while the write-ahead log is
    /// empty (`logIsEmpty`): another process's checkpoint writes page 1, with the new count,
    /// before the pages that extend the file.
    static func checkHeader(
        _ header: [UInt8], fileSize: Int64, logIsEmpty: Bool, path: String, readOnly: Bool
    ) throws(StoreError) {
        guard !header.isEmpty else { return }
        guard header.starts(with: Array("SQLite format 3\0".utf8).prefix(header.count)) else {
            throw .notALibrary(path: path)
        }
        guard header.count >= 100 else { throw .corrupt(path: path) }
        let applicationID = Int32(bitPattern: bigEndian(header, at: 68))
        if applicationID != 0, applicationID != Self.applicationID { throw .notALibrary(path: path) }
        guard !readOnly else { return }
        let pageSize = Int64(bigEndian(header, at: 16) >> 16)
        let bytesPerPage = pageSize == 1 ? 65536 : pageSize
        // The page count is valid only when the version that wrote it also wrote the counter.
        let countIsValid = bigEndian(header, at: 92) == bigEndian(header, at: 24)
        let declared = countIsValid && logIsEmpty ? Int64(bigEndian(header, at: 28)) * bytesPerPage : 0
        guard bytesPerPage >= 512 else { throw .corrupt(path: path) }
        if fileSize % bytesPerPage != 0 || fileSize < declared {
            throw .truncated(path: path, size: fileSize, expected: max(declared, (fileSize / bytesPerPage + 1) * bytesPerPage))
        }
    }

    /// True when a read-only open of `path` failed only because SQLite could not create the
    /// shared-memory file a write-ahead-log library needs (its folder is read-only), and there
    /// is no log to miss: the main file alone then holds the whole library.
    static func needsImmutableOpen(_ path: String, after error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) && logBytes(path) == 0
    }

    /// The size of the write-ahead log beside `path`; 0 when there is none.
    private static func logBytes(_ path: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func createFolder(of path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .notWritable(path: path, reason: "cannot create the folder \(folder)")
        }
        guard manager.isWritableFile(atPath: folder) else {
            throw .notWritable(path: path, reason: "the folder \(folder) is read-only")
        }
    }
}
