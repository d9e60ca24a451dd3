/// A tiny open-addressing cache from interned C-string pointers (libxml2 dictionary names)
/// to values, cheaper than hashing through `Dictionary` on every element.
struct PointerCache<Value> {
    private var keys = [UInt](repeating: 0, count: 512)
    private var values: [Value?] = Array(repeating: nil, count: 512)

    subscript(_ pointer: UnsafeRawPointer) -> Value? {
        get {
            let key = UInt(bitPattern: pointer)
            var slot = Int((key >> 3) & 511)
            for _ in 0..<8 {
                if keys[slot] == key { return values[slot] }
                if keys[slot] == 0 { return nil }
                slot = (slot + 1) & 511
            }
            return nil
        }
        set {
            let key = UInt(bitPattern: pointer)
            var slot = Int((key >> 3) & 511)
            for _ in 0..<8 {
                if keys[slot] == 0 || keys[slot] == key {
                    keys[slot] = key
                    values[slot] = newValue
                    return
                }
                slot = (slot + 1) & 511
            }
        }
    }
}
