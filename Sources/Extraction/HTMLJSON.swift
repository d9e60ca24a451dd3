/// A small JSON reader for JSON-LD blocks: enough of RFC 8259 to read metadata, and no more.
///
/// Nesting is limited (``maximumDepth``) so a hostile page cannot exhaust the stack; any
/// syntax error gives nil for the whole block, as a browser's JSON-LD reader would.
indirect enum HTMLJSON: Equatable {
    case string(String), number(Double), bool(Bool), null
    case array([HTMLJSON])
    case object([(String, HTMLJSON)])

    static let maximumDepth = 48

    static func == (a: HTMLJSON, b: HTMLJSON) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Parses `text`, or returns nil when it is not JSON.
    static func parse(_ text: String) -> HTMLJSON? {
        var reader = Reader(bytes: Array(text.utf8))
        guard let value = reader.value(depth: 0) else { return nil }
        reader.skipSpace()
        if reader.i < reader.bytes.count && reader.bytes[reader.i] == 0x3B { reader.i += 1; reader.skipSpace() }
        return reader.i == reader.bytes.count ? value : nil
    }

    /// The member `key` of an object.
    subscript(_ key: String) -> HTMLJSON? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string, or the first string of an array.
    var string: String? {
        switch self {
        case let .string(s): return s
        case let .array(items): return items.lazy.compactMap(\.string).first
        default: return nil
        }
    }

    /// The items of an array, or this value alone.
    var items: [HTMLJSON] {
        if case let .array(items) = self { return items }
        return [self]
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) -> HTMLJSON? {
            guard depth < HTMLJSON.maximumDepth else { return nil }
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x7B: return object(depth: depth)
            case 0x5B: return array(depth: depth)
            case 0x22: return string().map(HTMLJSON.string)
            case 0x74: return literal("true", .bool(true))
            case 0x66: return literal("false", .bool(false))
            case 0x6E: return literal("null", .null)
            default: return number()
            }
        }

        mutating func object(depth: Int) -> HTMLJSON? {
            i += 1
            var members: [(String, HTMLJSON)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == 0x7D { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22, let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { return nil }
                i += 1
                guard let item = value(depth: depth + 1) else { return nil }
                members.append((key, item))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; return .object(members) }
                return nil
            }
        }

        mutating func array(depth: Int) -> HTMLJSON? {
            i += 1
            var items: [HTMLJSON] = []
            skipSpace()
            if i < bytes.count && bytes[i] == 0x5D { i += 1; return .array(items) }
            while true {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x5D { i += 1; return .array(items) }
                return nil
            }
        }

        mutating func literal(_ word: String, _ result: HTMLJSON) -> HTMLJSON? {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) else { return nil }
            i += w.count
            return result
        }

        mutating func number() -> HTMLJSON? {
            let start = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) || bytes[i] == 0x2D || bytes[i] == 0x2B
                || bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { i += 1 }
            guard i > start, let n = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
            return .number(n)
        }

        mutating func string() -> String? {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == 0x22 { return String(decoding: out, as: UTF8.self) }
                if b != 0x5C { out.append(b); continue }
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x62, 0x66: out.append(0x20)
                case 0x75:
                    guard var code = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(code), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
                default: out.append(e)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
            i += 4
            return v
        }
    }
}
