import CLibXML2

/// Inflates gzip data (a saved `page.html.gz`) through zlib, within a size limit.
enum Gunzip {
    /// The inflated bytes of `bytes`.
    ///
    /// - Throws: ``ExtractionError/binary`` for a corrupt stream,
    ///   ``ExtractionError/tooLarge(bytes:limit:)`` when the page inflates past `limit`
    ///   (a gzip bomb stops there instead of filling memory).
    static func inflate(_ bytes: [UInt8], limit: Int) throws(ExtractionError) -> [UInt8] {
        var capacity = min(max(bytes.count * 4, 1 << 16), limit)
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            let written = bytes.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    cxml_gunzip(input.baseAddress, UInt(input.count), output.baseAddress, UInt(output.count))
                }
            }
            if written >= 0 {
                out.removeSubrange(Int(written)...)
                return out
            }
            if written == -1 { throw .binary }
            if capacity >= limit { throw .tooLarge(bytes: capacity, limit: limit) }
            capacity = min(capacity * 4, limit)
        }
    }
}
