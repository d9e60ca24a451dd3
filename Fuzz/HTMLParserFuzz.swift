/// libFuzzer target: any bytes through the HTML path (`HTMLCharset`, libxml2, `HTMLPageParser`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    PageCheck.run(data, size, as: .html)
    return 0
}
