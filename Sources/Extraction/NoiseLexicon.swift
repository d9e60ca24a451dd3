/// Boilerplate phrases ("Learn more", "Popular on", "Sign up for our newsletter"): one signal
/// among several for the text parser, never the whole rule.
///
/// A lexicon is a value the caller builds and passes in; extraction never reads files.
/// Each phrase is one line of the source text; `#` starts a comment. A phrase matches a
/// line that *is* the phrase, or that *starts* with it, compared case-insensitively with
/// whitespace collapsed, every run of digits read as `#` ("# comments" matches "34 Comments")
/// and edge punctuation (`:`, `|`, `»`, `…`) ignored. A phrase ending in `*` also matches
/// lines that start with it ("to comment on this article*").
///
/// ```swift
/// let lexicon = NoiseLexicon(text: "Learn more\nPopular on*")
/// lexicon.matches("Popular On CIO.com")  // true
/// ```
public struct NoiseLexicon: Sendable, Equatable {
    private var whole: Set<String> = []
    private var prefixes: Set<String> = []
    /// The longest phrase in words, bounding the prefix search.
    private var longestPrefix = 0

    /// Phrases a line may match as a whole.
    public var phraseCount: Int { whole.count + prefixes.count }

    /// An empty lexicon: the parser then relies on its other signals only.
    public init() {}

    /// Reads phrases from lexicon text: one per line, `#` comments, blank lines ignored.
    public init(text: String) {
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = raw
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let isPrefix = line.trimmingSpaces.hasSuffix("*")
            let key = Self.normalize(line)
            guard !key.isEmpty else { continue }
            if isPrefix {
                prefixes.insert(key)
                longestPrefix = max(longestPrefix, key.split(separator: " ").count)
            } else {
                whole.insert(key)
            }
        }
    }

    /// This lexicon plus every phrase of `other`.
    public func merging(_ other: NoiseLexicon) -> NoiseLexicon {
        var merged = self
        merged.whole.formUnion(other.whole)
        merged.prefixes.formUnion(other.prefixes)
        merged.longestPrefix = max(longestPrefix, other.longestPrefix)
        return merged
    }

    /// Whether `line` is, or starts with, a boilerplate phrase.
    public func matches<S: StringProtocol>(_ line: S) -> Bool {
        guard !whole.isEmpty || !prefixes.isEmpty else { return false }
        let key = Self.normalize(line.prefix(400))
        guard !key.isEmpty else { return false }
        if whole.contains(key) || prefixes.contains(key) { return true }
        guard longestPrefix > 0 else { return false }
        var words = 0
        for index in key.indices where key[index] == " " {
            words += 1
            if words > longestPrefix { break }
            if prefixes.contains(String(key[..<index])) { return true }
        }
        return false
    }

    /// Lower-cased (ASCII and Latin-1), whitespace collapsed, digit runs as `#`, edge punctuation and `*` removed.
    static func normalize<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var inDigits = false
        for scalar in text.unicodeScalars {
            if TextLine.isBlank(scalar) {
                pendingSpace = !out.isEmpty
                inDigits = false
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if (0x30...0x39).contains(scalar.value) {
                if !inDigits { out.append("#") }
                inDigits = true
                continue
            }
            inDigits = false
            let v = scalar.value == 0x2019 ? 0x27 : StopWords.lower(scalar.value)
            out.append(Unicode.Scalar(v) ?? scalar)
        }
        var lower = out.startIndex, upper = out.endIndex
        while lower < upper, isEdge(out[out.index(before: upper)]) { upper = out.index(before: upper) }
        while lower < upper, isEdge(out[lower]) { lower = out.index(after: lower) }
        return String(out[lower..<upper])
    }

    @inline(__always)
    private static func isEdge(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x3A, 0x7C, 0xBB, 0x203A, 0x2026, 0x2A, 0x2D, 0x2013, 0x2014, 0x3E, 0x2022, 0xB7, 0x2E, 0x21, 0x2B:
            return true
        default:
            return false
        }
    }
}

extension NoiseLexicon {
    /// A small built-in lexicon for callers that load none (the bundled `Resources/lexicon` is fuller).
    public static let builtIn = NoiseLexicon(text: """
        advertisement
        related
        related articles
        related stories
        more like this
        you might like
        you may also like
        recommended
        read more
        learn more
        share
        share this
        share this article
        comments
        popular on*
        most popular
        most read
        trending
        featured stories
        sign up*
        subscribe*
        follow us*
        to comment on this article*
        skip to*
        """)
}

extension StringProtocol {
    fileprivate var trimmingSpaces: SubSequence {
        var s = self[...]
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
