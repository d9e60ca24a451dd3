/// A small open-addressing table from 64-bit word hashes to flag bytes.
///
/// The text parser looks up every token of every line; `Set<String>` would hash each
/// token with SipHash and often allocate. Tokens are hashed (FNV-1a) while they are
/// scanned, and this table answers from one array probe, without allocating.
struct HashedWords: Sendable, Equatable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
    }

    @inline(__always)
    fileprivate static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Adds `flags` to the flags stored for `key`.
    mutating func insert(_ key: UInt64, flags: UInt8) {
        values[claimSlot(key)] |= flags
    }

    /// Counts `key` once more, saturating at 255; the count reads back through ``flags(_:)``.
    mutating func increment(_ key: UInt64) {
        let i = claimSlot(key)
        if values[i] < 255 { values[i] += 1 }
    }

    /// The slot holding `key`, claimed for it (growing the table first) if the key is new.
    private mutating func claimSlot(_ key: UInt64) -> Int {
        let key = key == 0 ? 1 : key
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1; keys[i] = key }
        return i
    }

    /// The flags stored for `key`, or 0.
    @inline(__always)
    func flags(_ key: UInt64) -> UInt8 {
        let key = key == 0 ? 1 : key
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = HashedWords(capacity: keys.count)
        for (k, v) in zip(keys, values) where k != 0 { bigger.insert(k, flags: v) }
        self = bigger
    }

    /// Merges every key and flag of `other`.
    mutating func formUnion(_ other: HashedWords) {
        for (k, v) in zip(other.keys, other.values) where k != 0 { insert(k, flags: v) }
    }
}

extension HashedWords {
    /// A read-only view of a table's storage for the feature scan's per-token lookups: one
    /// view per page instead of a copy of the table per line (two retains and two releases),
    /// and probes without bounds checks (the mask keeps every index in range).
    struct Probe {
        fileprivate let keys: UnsafeBufferPointer<UInt64>
        fileprivate let values: UnsafeBufferPointer<UInt8>

        /// The flags stored for `key`, or 0, as ``HashedWords/flags(_:)``.
        ///
        /// Found or not is decided without a branch: whether a token is a function word is a coin
        /// toss in prose, and a mispredicted branch there waited for the whole hash and the load.
        /// The loop runs on only when the slot holds another key.
        @inline(__always)
        func flags(_ key: UInt64) -> UInt8 {
            let key = key == 0 ? 1 : key
            let mask = keys.count - 1
            let base = keys.baseAddress.unsafelyUnwrapped
            var i = HashedWords.slot(key, mask)
            var k = base[i]
            while (k ^ key) != 0 && k != 0 {
                i = (i + 1) & mask
                k = base[i]
            }
            let found = values.baseAddress.unsafelyUnwrapped[i]
            return k == key ? found : 0
        }
    }

    /// Calls `body` with a view of this table, valid only inside `body`.
    func withProbe<R>(_ body: (Probe) -> R) -> R {
        keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in body(Probe(keys: k, values: v)) } }
    }
}
