/// Finds one needle in many texts, skipping ahead by the byte pairs the needle holds.
///
/// A Horspool search on byte pairs: the pair under the end of the window says how far the
/// needle can move before any of its own pairs (by hash) could sit there. For needles of
/// twenty bytes and more in prose, most steps skip ten bytes or more, where a scan tests every
/// start. The table is filled once per needle and serves every text searched for it (the
/// pull-quote search looks for one line in up to twenty paragraphs); one search value can be
/// given needle after needle without allocating again. It keeps no pointer: each search is
/// handed the needle its table was filled for.
///
/// Worst case, like any search that checks candidates byte by byte, is the needle's length
/// times the text's; the pull-quote search bounds both.
struct PairSkipSearch {
    /// The length of the needle the table was filled for.
    private var length = 0
    /// For each pair hash, how far the window may move. Allocated once, refilled for each needle.
    private var skip = [UInt8](repeating: 0, count: 256)
    /// How far the window may move after the end pair matched but the needle did not.
    private var shiftAfterEnd = 1

    /// A search with no table yet (``search(for:)`` fills one).
    init() {}

    /// A search with its table filled for `needle`.
    init(_ needle: UnsafeBufferPointer<UInt8>) {
        search(for: needle)
    }

    /// Fills the table for `needle`, the needle the following ``occurs(_:in:)`` calls are given.
    ///
    /// Only the pairs of the needle's last ``reach`` bytes enter the table, so filling it costs
    /// the same for a long needle as for a short one; a pair seen nowhere there lets the
    /// window move past that suffix.
    mutating func search(for needle: UnsafeBufferPointer<UInt8>) {
        length = needle.count
        let m = needle.count
        let far = max(1, min(m - 1, Self.reach - 1))
        skip.withUnsafeMutableBufferPointer { skip in
            skip.update(repeating: UInt8(far))
            // Pairs from the left, so the rightmost pair with a hash leaves the smallest distance.
            for k in max(0, m - Self.reach)..<max(0, m - 1) {
                skip[Self.hash(needle[k], needle[k + 1])] = UInt8(m - 2 - k)
            }
        }
        shiftAfterEnd = far
        guard m >= 2 else { return }
        let end = Self.hash(needle[m - 2], needle[m - 1])
        for t in stride(from: 1, to: far, by: 1) where Self.hash(needle[m - 2 - t], needle[m - 1 - t]) == end {
            shiftAfterEnd = t
            break
        }
    }

    /// How many of the needle's last bytes the skip table describes.
    static let reach = 64

    @inline(__always)
    private static func hash(_ a: UInt8, _ b: UInt8) -> Int {
        (Int(a) << 3 ^ Int(b)) & 0xFF
    }

    /// Whether `hay` holds `needle`, the needle the table was last filled for.
    func occurs(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        precondition(needle.count == length, "the table was filled for another needle")
        let m = needle.count
        guard m > 0 else { return true }
        guard hay.count >= m else { return false }
        guard m >= 2 else { return hay.contains(needle[0]) }
        let last = hay.count - m
        var i = 0
        return skip.withUnsafeBufferPointer { skip in
            while i <= last {
                let s = Int(skip[Self.hash(hay[i + m - 2], hay[i + m - 1])])
                if s != 0 {
                    i += s
                    continue
                }
                if ByteWords.matches(hay, needle, at: i) { return true }
                i += shiftAfterEnd
            }
            return false
        }
    }
}
