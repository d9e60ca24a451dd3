/// One line of a page being parsed: where it sits in the page, its features and first judgement.
///
/// A plain value with no references: arrays of lines are built, read, copied and freed
/// without reference counting (a `Substring` per line cost a retain and a release at every
/// turn, about 7 % of a parse). The text lives in the page; ``PageLines`` hands it out.
struct JudgedLine: Sendable {
    /// The line's UTF-8 bytes in the page, trimmed: `start..<end`.
    var start: Int
    var end: Int
    var features: LineFeatures
    var lineClass: LineClass
    var sign: NoiseSign?
}

extension JudgedLine {
    var isProse: Bool { lineClass == .good || lineClass == .nearGood }

    /// Noise the body search looks through: ad slot labels and live-blog entry times.
    var isTransparent: Bool { sign == .adBreak || sign == .entryTime || sign == .slide }
}

/// The non-blank lines of a page being parsed, with each line's text and bytes.
///
/// Made by ``withLines(of:isHeader:_:)``, which keeps the page's bytes readable for as long
/// as its body runs; a value never outlives that call.
struct PageLines {
    /// The page, as contiguous UTF-8.
    let page: String
    /// The page's UTF-8 bytes, valid while the `withLines` call that made this value runs.
    private let pageBytes: UnsafeBufferPointer<UInt8>
    /// The line records, in page order.
    var records: [JudgedLine]

    var count: Int { records.count }
    var indices: Range<Int> { records.indices }

    subscript(i: Int) -> JudgedLine {
        get { records[i] }
        _modify { yield &records[i] }
    }

    /// The text of line `i`, a view into the page.
    func text(_ i: Int) -> Substring {
        TextLine.text(page, records[i].start, records[i].end)
    }

    /// The text of line `i` as a string of its own. An ASCII line is copied straight from its
    /// bytes (checking ASCII bytes is what a copy from a `Substring` does too); another goes
    /// through its `Substring`, whose bytes are known valid.
    func string(_ i: Int) -> String {
        isASCII(i) ? String(decoding: bytes(i), as: UTF8.self) : String(text(i))
    }

    /// The UTF-8 bytes of line `i`.
    func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: pageBytes[records[i].start..<records[i].end])
    }

    /// Whether line `i` is ASCII (one scalar per byte).
    func isASCII(_ i: Int) -> Bool {
        Int(records[i].features.length) == records[i].end - records[i].start
    }

    /// Splits `text` into measured lines (``TextLine/split(_:_:isHeader:)``) and runs `body`
    /// on them. `isHeader` sees the first non-blank line; when it returns true that line is
    /// left out (the dump's ` date …` header).
    static func withLines<R>(
        of text: String, isHeader: (Substring) -> Bool = { _ in false }, _ body: (inout PageLines) -> R
    ) -> R {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let page = contiguous
        func run(_ bytes: UnsafeBufferPointer<UInt8>) -> R {
            var lines = PageLines(page: page, pageBytes: bytes, records: TextLine.split(page, bytes, isHeader: isHeader))
            return body(&lines)
        }
        // A native string (made so above) always lends its storage; the copy is for the contract.
        if let result = page.utf8.withContiguousStorageIfAvailable(run) { return result }
        return Array(page.utf8).withUnsafeBufferPointer(run)
    }
}
