/// Boilerplate phrases ("Learn more", "Popular on", "Sign up for our newsletter"): one signal
/// among several for the text parser, never the whole rule.
///
/// A lexicon is a value the caller builds and passes in; extraction never reads files.
/// Each phrase is one line of the source text; a line starting with `#` is a comment. A
/// phrase matches a line that *is* the phrase, compared case-insensitively with whitespace
/// collapsed, every run of digits read as one number ("0 comments" matches "34 Comments")
/// and edge punctuation (`:`, `|`, `»`, `…`) ignored. A phrase ending in `*` also matches
/// lines that start with it ("to comment on this article*").
///
/// ```swift
/// let lexicon = NoiseLexicon(text: "Learn more\nPopular on*")
/// lexicon.matches("Popular On CIO.com")  // true
/// ```
public struct NoiseLexicon: Sendable, Equatable {
    /// Hashes of normalised phrases: flag 1 for whole-line phrases, 2 for prefixes.
    private var phrases = HashedWords(capacity: 256)
    /// The longest prefix phrase in words, bounding the prefix search.
    private var longestPrefix = 0
    /// The first two normalised characters of every phrase: most lines start otherwise and
    /// are rejected without hashing.
    private var openings = HashedWords(capacity: 128)
    /// The normalised first word of every phrase: a line whose first word is none of them
    /// matches no phrase, so the lookup stops after one word.
    private var firstWords = HashedWords(capacity: 128)
    /// The first token of every phrase as the feature scan hashes it (``LineFeatures/firstToken``).
    private var firstTokens = HashedWords(capacity: 128)
    /// Some phrase has no such token (no letter or digit outside CJK): every line may match it.
    private var anyFirstToken = false
    /// The longest whole-line phrase in words: longer lines can only match a prefix.
    public private(set) var longestWhole = 0

    private static let wholeFlag: UInt8 = 1
    private static let prefixFlag: UInt8 = 2
    /// A prefix of three words or more: specific enough to judge long lines too.
    private static let longPrefixFlag: UInt8 = 4

    /// How many phrases the lexicon holds.
    public var phraseCount: Int { phrases.count }

    /// An empty lexicon: the parser then relies on its other signals only.
    public init() {}

    /// Reads phrases from lexicon text: one per line, `#` comments, blank lines ignored.
    public init(text: String) {
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = raw[...]
            if line.first == "#" { continue }
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            let isPrefix = line.hasSuffix("*")
            var words = 0
            var first: UInt64?
            guard let key = Self.key(line, onWordEnd: { prefix in
                if words == 0 { first = prefix }
                words += 1
                return false
            }) else { continue }
            openings.insert(Self.opening(line), flags: 1)
            let features = LineFeatures(line)
            if features.words == 0 { anyFirstToken = true } else { firstTokens.insert(features.firstToken, flags: 1) }
            firstWords.insert(first ?? key, flags: 1)
            if isPrefix {
                phrases.insert(key, flags: words >= 2 ? Self.prefixFlag | Self.longPrefixFlag : Self.prefixFlag)
                longestPrefix = max(longestPrefix, words + 1)
            } else {
                phrases.insert(key, flags: Self.wholeFlag)
                longestWhole = max(longestWhole, words + 1)
            }
        }
    }

    /// This lexicon plus every phrase of `other`.
    public func merging(_ other: NoiseLexicon) -> NoiseLexicon {
        var merged = self
        merged.phrases.formUnion(other.phrases)
        merged.longestPrefix = max(longestPrefix, other.longestPrefix)
        merged.longestWhole = max(longestWhole, other.longestWhole)
        merged.openings.formUnion(other.openings)
        merged.firstWords.formUnion(other.firstWords)
        merged.firstTokens.formUnion(other.firstTokens)
        merged.anyFirstToken = anyFirstToken || other.anyFirstToken
        return merged
    }

    /// The first two characters of `text` as ``key(_:onWordEnd:)`` normalises them (a space
    /// counts), packed into one number; 0 when the text has none.
    static func opening<S: StringProtocol>(_ text: S) -> UInt64 {
        var text = String(text)
        return text.withUTF8 { opening($0) }
    }

    private static func opening(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var count = 0
        var inDigits = false
        var pendingSpace = false
        var i = 0
        while let v = UTF8Scalars.next(bytes, &i) {
            if TextLine.isBlank(v) || isEdge(v) {
                if count > 0 { pendingSpace = true }
                inDigits = false
                continue
            }
            if pendingSpace {
                packed = packed << 21 | 0x20
                count += 1
                pendingSpace = false
                if count == 2 { break }
            }
            let isDigit = (0x30...0x39).contains(v)
            if isDigit && inDigits { continue }
            inDigits = isDigit
            packed = packed << 21 | UInt64(isDigit ? 0x23 : v == 0x2019 ? 0x27 : StopWords.lower(v))
            count += 1
            if count == 2 { break }
        }
        return packed | UInt64(count) << 60
    }

    /// How much of a line may match: lines longer than any whole phrase can only start
    /// with one, and very long lines only with a specific one.
    public enum Scope: Sendable {
        /// The whole line, or any prefix phrase.
        case all
        /// Any prefix phrase, not the whole line.
        case prefixes
        /// Prefix phrases of three words or more ("This website uses cookies to …").
        case longPrefixes
    }

    /// Whether the line measured as `f` could match a phrase at all, from the scan's features
    /// alone: most lines cannot, and are ruled out without reading them again.
    ///
    /// A line that matches a phrase opens with the phrase's words as normalised (case, digit
    /// runs as `#`, edge punctuation, spaces). Unless a digit or a `#` is involved, its first
    /// token is then the phrase's first token, hashed the same way; so a line passes when its
    /// first token is one of the phrases' first tokens, holds a digit, or the line holds a `#`.
    /// A test checks this against ``matches(_:scope:)``.
    func mayMatch(_ f: LineFeatures) -> Bool {
        anyFirstToken || f.hasNumberSign || (f.words > 0 && (f.firstTokenHasDigits || firstTokens.flags(f.firstToken) != 0))
    }

    /// Whether `line` is, or starts with, a boilerplate phrase.
    public func matches<S: StringProtocol>(_ line: S, scope: Scope = .all) -> Bool {
        matches(Substring(line), scope: scope)
    }

    /// Whether `line` is, or starts with, a boilerplate phrase (the parser's path: one walk
    /// over the line's bytes, no closure, so the lexicon's tables are never copied).
    public func matches(_ line: Substring, scope: Scope = .all) -> Bool {
        var line = line
        return line.withUTF8 { matches($0, scope: scope) }
    }

    /// Whether the line whose UTF-8 is `bytes` is, or starts with, a boilerplate phrase.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, scope: Scope) -> Bool {
        guard phrases.count > 0 else { return false }
        guard openings.flags(Self.opening(bytes)) != 0 else { return false }
        let wanted = scope == .longPrefixes ? Self.longPrefixFlag : Self.prefixFlag
        var scan = KeyScan()
        var words = 0
        var i = 0
        while let v = UTF8Scalars.next(bytes, &i) {
            guard scan.consume(v) else { continue }
            // A word ended: `committed` hashes the line up to here.
            words += 1
            if words == 1 && firstWords.flags(scan.committed) == 0 { return false }
            if words > longestPrefix {
                if scope != .all { return false }
                continue
            }
            if phrases.flags(scan.committed) & wanted != 0 { return true }
        }
        guard scope == .all, scan.started else { return false }
        return phrases.flags(scan.committed) != 0
    }

    /// Hashes `text` normalised: lower-cased (ASCII and Latin-1), whitespace collapsed,
    /// digit runs read as `#`, edge punctuation and `*` ignored. Calls `onWordEnd` with the
    /// hash of each leading run of words; stops early when it returns true. Nil when empty.
    ///
    /// One pass, no allocation: characters that may turn out to be trailing punctuation are
    /// mixed into a provisional hash and committed only when a word character follows.
    static func key<S: StringProtocol>(_ text: S, onWordEnd: (UInt64) -> Bool = { _ in false }) -> UInt64? {
        var scan = KeyScan()
        for scalar in text.unicodeScalars where scan.consume(scalar.value) && onWordEnd(scan.committed) {
            return nil
        }
        return scan.started ? scan.committed : nil
    }

    /// State of ``key(_:onWordEnd:)``'s single pass.
    private struct KeyScan {
        var committed = StopWords.seed
        var provisional = StopWords.seed
        var started = false
        var pendingSpace = false
        var inDigits = false

        /// Takes one scalar; true when it ends a word (`committed` then hashes the words so far).
        @inline(__always)
        mutating func consume(_ v: UInt32) -> Bool {
            if TextLine.isBlank(v) {
                inDigits = false
                if started && !pendingSpace {
                    pendingSpace = true
                    provisional = StopWords.mix(provisional, 0x20)
                    return true
                }
                return false
            }
            if NoiseLexicon.isEdge(v) {
                if started {
                    provisional = StopWords.mix(provisional, v)
                    pendingSpace = false
                }
                inDigits = false
                return false
            }
            started = true
            pendingSpace = false
            if (0x30...0x39).contains(v) {
                if !inDigits { provisional = StopWords.mix(provisional, 0x23) }
                inDigits = true
            } else {
                inDigits = false
                provisional = StopWords.mix(provisional, v == 0x2019 ? 0x27 : StopWords.lower(v))
            }
            committed = provisional
            return false
        }
    }

    @inline(__always)
    fileprivate static func isEdge(_ v: UInt32) -> Bool {
        switch v {
        case 0x3A, 0x7C, 0xBB, 0x203A, 0x2026, 0x2A, 0x2D, 0x2013, 0x2014, 0x3E, 0x2022, 0xB7, 0x2E, 0x21, 0x2B:
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
        this website uses cookies*
        we use cookies*
        privacy policy
        terms of service
        """)
}

