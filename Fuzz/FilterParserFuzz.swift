/// libFuzzer target: any bytes, read as UTF-8 with replacement, through ``FilterQuery``.
///
/// A query parses, or fails with a message and a column inside the query (or just past it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFilterQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let query = try FilterQuery(text)
        _ = query.canonical
    } catch {
        if error.message.isEmpty { fatalError("an empty message for \(text.debugDescription)") }
        if error.column < 1 || error.column > text.unicodeScalars.count + 1 {
            fatalError("column \(error.column) outside \(text.debugDescription)")
        }
    }
    return 0
}
