import Foundation

/// The files an import reads: given files as they are, folders walked recursively (lazily,
/// so memory does not grow with the corpus), keeping names with one of `extensions`.
struct ImportInput: Sequence {
    var urls: [URL]
    var extensions: Set<String>

    /// A path that names no file or folder (reported as a failure, not an abort).
    static let missingMarker = "\u{0}missing"

    func makeIterator() -> AnyIterator<String> {
        var pending = urls.makeIterator()
        var walker: FileManager.DirectoryEnumerator?
        return AnyIterator {
            while true {
                if let current = walker {
                    guard let next = current.nextObject() as? URL else { walker = nil; continue }
                    let values = try? next.resourceValues(forKeys: [.isRegularFileKey])
                    guard values?.isRegularFile == true, extensions.contains(next.pathExtension.lowercased()) else {
                        continue
                    }
                    return next.standardizedFileURL.path
                }
                guard let url = pending.next() else { return nil }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                    return Self.missingMarker + url.path
                }
                if isDirectory.boolValue {
                    walker = FileManager.default.enumerator(
                        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
                } else {
                    return url.standardizedFileURL.path
                }
            }
        }
    }
}
