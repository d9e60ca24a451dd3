/// What an import did, file by file.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    /// New articles.
    public var imported = 0
    /// Known files whose article changed (marks kept).
    public var updated = 0
    /// Files already imported with the same bytes, or holding an article already stored.
    public var unchanged = 0
    /// Files that could not be read or held no article.
    public var failed = 0
    /// Each failure, in the order met.
    public var failures: [ImportFailure] = []
    /// Bytes read from files that were parsed or checked.
    public var bytesRead: Int64 = 0
    /// CPU seconds spent reading, hashing and parsing files, summed over all worker threads.
    public var parseCPUSeconds = 0.0
    /// CPU seconds the single writer thread spent in write transactions (rows and search index).
    public var writeCPUSeconds = 0.0

    public init() {}

    /// Files handled so far.
    public var processed: Int { imported + updated + unchanged + failed }

    /// `imported N, updated M, unchanged K, failed F`.
    public var description: String {
        "imported \(imported), updated \(updated), unchanged \(unchanged), failed \(failed)"
    }
}

/// A file that gave no article, and why.
public struct ImportFailure: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: reason`, with the path made safe to print (``DisplayPath``).
    public var description: String { "\(DisplayPath.clean(path)): \(DisplayPath.clean(reason))" }
}
