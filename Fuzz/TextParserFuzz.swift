/// libFuzzer target: any bytes through the text-page path (`PageDecoder`, `TextPageParser`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    PageCheck.run(data, size, as: .text)
    return 0
}
