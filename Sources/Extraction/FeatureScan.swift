/// The one-pass scan behind ``LineFeatures``: token state plus the features so far.
///
/// A struct with mutating methods rather than closures over local variables, so the hot
/// loop runs without the dynamic exclusivity checks captured variables would need.
///
/// The scalars before the current one are read back from the line's bytes when a test needs
/// them (`www.`, `://`, clock times, `@` handles), rather than carried along scalar by scalar.
/// They are only ever compared with ASCII, and each test compares the nearer ones first: in
/// valid UTF-8, when the bytes 1…k−1 places back are ASCII, the byte `k` places back equals an
/// ASCII value exactly when the scalar `k` places back does (a byte of a multi-byte scalar is
/// never ASCII).
struct FeatureScan {
    /// The word table, fetched once per page rather than through its lazy global per token.
    let words: HashedWords.Probe
    /// The line's valid UTF-8.
    let line: UnsafeBufferPointer<UInt8>
    var f = LineFeatures()
    var tokenLength = 0
    var tokenHash: UInt64 = StopWords.seed
    var tokenLetters = 0, tokenDigits = 0, tokenInner = false
    var tokenValue = 0
    var pendingInner = false
    var endedCaptionWord = false
    /// Hash of the token before the current one, for two-word formulas.
    var previousToken: UInt64 = 0

    init(words: HashedWords.Probe, line: UnsafeBufferPointer<UInt8>) {
        self.words = words
        self.line = line
    }

    /// The byte `k` places before offset `at` in the line, or 0 before its start.
    @inline(__always)
    private func byte(_ k: Int, before at: Int) -> UInt32 {
        at >= k ? UInt32(line[at - k]) : 0
    }

    @inline(__always)
    mutating func endToken() {
        guard tokenLength > 0 else { return }
        countToken()
    }

    /// Counts the token that just ended. The common path (a word looked up, maybe a function
    /// word) is inlined into every caller; word flags other than "stop" and tokens with digits
    /// or inner dots take outlined paths.
    @inline(__always)
    private mutating func countToken() {
        if f.words == 0 {
            f.firstToken = tokenHash
            f.firstTokenHasDigits = tokenDigits > 0
        }
        f.words &+= 1
        if tokenLength <= StopWords.maximumLength {
            let flags = words.flags(tokenHash)
            // Function words are common and unpredictable: counted without a branch.
            f.stopWords &+= Int32(flags & StopWords.Flag.stop)
            if flags & ~StopWords.Flag.stop != 0 { countFlags(flags) }
        }
        if tokenDigits > 0 || tokenInner { countShape() }
        previousToken = tokenHash
        tokenLength = 0
        tokenHash = StopWords.seed
        tokenLetters = 0
        tokenDigits = 0
        tokenValue = 0
        tokenInner = false
        pendingInner = false
    }

    /// The word lists other than function words: legal formulas, roles, bylines, captions, bios, prompts.
    @inline(never)
    private mutating func countFlags(_ flags: UInt8) {
        if flags & StopWords.Flag.legal != 0 && StopWords.legalLeads.contains(previousToken) { f.legalMarks += 2 }
        if flags & StopWords.Flag.role != 0 { f.roleWords += 1 }
        if flags & StopWords.Flag.by != 0 && f.words == 1 { f.startsWithBy = true }
        if flags & StopWords.Flag.caption != 0 { f.captionMarks += 1; endedCaptionWord = true }
        if flags & StopWords.Flag.strongCaption != 0 { f.captionMarks += 2 }
        if flags & StopWords.Flag.bio != 0 { f.bioWords += 1 }
        if flags & StopWords.Flag.promo != 0 { f.promoWords += 1 }
    }

    /// Tokens with digits (numbers, years, "img0827") or inner dots and slashes (file names).
    @inline(never)
    private mutating func countShape() {
        if tokenDigits > 0 {
            f.alphanumeric += 1
            if tokenLetters == 0 { f.numeric += 1 }
            if tokenDigits == 4 && tokenLength == 4 && (1900...2099).contains(tokenValue) { f.years += 1 }
        }
        if tokenInner && tokenLetters > 0 { f.fileLike += 1 }
    }

    /// Takes a plain space (U+0020) at offset `at`, the commonest byte after letters, as
    /// ``consume(_:at:)`` would: it ends the token; a second one in a row is for the sanitiser.
    @inline(__always)
    mutating func consumeSpace(at: Int) {
        f.length &+= 1
        if byte(1, before: at) == 0x20 { f.needsCleaning = true }
        endToken()
    }

    /// Takes the scalar `v` that starts at offset `at` of the line.
    @inline(__always)
    mutating func consume(_ v: UInt32, at: Int) {
        if v == 0x20 {
            consumeSpace(at: at)
            return
        }
        f.length &+= 1
        let kind = ScalarKind.of(v)
        switch kind {
        case .upper, .lower, .otherLetter, .digit:
            if tokenLength == 0 {
                if kind == .upper { f.capitalised &+= 1 } else if kind == .lower { f.lowercase &+= 1 }
            } else if pendingInner {
                tokenInner = true
            }
            pendingInner = false
            tokenLength &+= 1
            if kind == .digit {
                tokenDigits &+= 1
                if tokenDigits <= 4, v < 0x80 { tokenValue = tokenValue * 10 + Int(v - 0x30) }
            } else {
                tokenLetters &+= 1
            }
            tokenHash = StopWords.mix(tokenHash, kind == .upper ? StopWords.lower(v) : v)
        case .cjk:
            endToken()
            f.cjk &+= 1
            if StopWords.isCJKParticle(v) { f.stopWords &+= 1 }
        case .apostrophe:
            // Keeps "don't" and "l'homme" one token.
            if tokenLength > 0 { tokenHash = StopWords.mix(tokenHash, 0x27) } else { endToken() }
        case .inner:
            if tokenLength > 0 && !pendingInner { pendingInner = true } else { endToken() }
        case .other:
            endToken()
            if v == 0x3A && endedCaptionWord { f.captionMarks += 1 }
            // Every scalar the sanitiser removes or turns into a space is of kind `.other`.
            if v < 0x20 || v == 0x7F || (v >= 0x80 && TextSanitizer.changes(v)) { f.needsCleaning = true }
            if v == 0x23 { f.hasNumberSign = true }
        }
        if kind != .other { endedCaptionWord = false }
        let prev = byte(1, before: at)
        // "@" joined to a name or domain ("@BigMachine", "a@b.com"), not "FL @ Arena".
        if prev == 0x40 && kind != .other { f.linkSigns += 1 }
        // Letters are never punctuation; a digit counts only after a colon (a clock time).
        if (kind == .other || kind == .inner || kind == .digit) && (v < 0x30 || v > 0x39 || prev == 0x3A) {
            punctuation(v, at: at)
        }
    }

    /// Whether the ASCII letter run at offset `at` may go through ``consumeLetterRun(from:)``:
    /// not after an inner dot (the run would join a file name) and, at a word's start, not after
    /// `@` (a handle, which ``consume(_:at:)`` counts as a link sign).
    @inline(__always)
    func takesLetterRun(at: Int) -> Bool {
        !pendingInner && (tokenLength > 0 || byte(1, before: at) != 0x40)
    }

    /// Takes the run of ASCII letters at `start` as ``consume(_:at:)`` would one by one; returns
    /// the index after it. Most bytes of prose go through here, with the word's hash in a register.
    @inline(__always)
    mutating func consumeLetterRun(from start: Int) -> Int {
        let bytes = line
        let n = bytes.count
        if tokenLength == 0 {
            if bytes[start] < 0x61 { f.capitalised &+= 1 } else { f.lowercase &+= 1 }
        }
        var h = tokenHash
        var i = start
        // Eight bytes at a time: the letters' mask says how many of them the run takes, and
        // they join the hash at once, without a branch per letter.
        // Upper-case ASCII hashes as its lower-case letter (`StopWords.lower`).
        var open = true
        while i + 8 <= n {
            let lowered = ByteWords.load(bytes, i) | 0x2020_2020_2020_2020
            let letters = ByteWords.bytesBelow(lowered, 0x7B) & ~ByteWords.bytesBelow(lowered, 0x61)
            let others = ~letters & ByteWords.highs
            let k = others == 0 ? 8 : others.trailingZeroBitCount >> 3
            if k > 0 { h = StopWords.absorb(h, lowered, count: k) }
            i += k
            if k < 8 { open = false; break }
        }
        while open && i < n && (bytes[i] | 0x20) &- 0x61 < 26 {
            h = StopWords.mix(h, UInt32(bytes[i] | 0x20))
            i += 1
        }
        let count = i - start
        tokenHash = h
        tokenLength &+= count
        tokenLetters &+= count
        f.length &+= Int32(truncatingIfNeeded: count)
        endedCaptionWord = false
        return i
    }

    @inline(__always)
    private mutating func punctuation(_ v: UInt32, at: Int) {
        let prev = byte(1, before: at)
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F:
            f.sentenceMarks &+= 1
            if v == 0x2E && prev == 0x77 && byte(2, before: at) == 0x77 && byte(3, before: at) == 0x77 { f.linkSigns += 1 }
        case 0x2C, 0xFF0C, 0x3001, 0x060C:
            f.commas &+= 1
        case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x3E:
            f.separators &+= 1
        case 0xA9:
            f.legalMarks += 2
        case 0x30...0x39 where prev == 0x3A && byte(2, before: at) >= 0x30 && byte(2, before: at) <= 0x39:
            f.clockMarks += 1
        case 0x2F where prev == 0x2F && byte(2, before: at) == 0x3A:
            f.linkSigns += 1
        default:
            break
        }
    }

    mutating func finish() -> LineFeatures {
        endToken()
        // The last two non-blank scalars, read back from the end of the line.
        var end = line.count
        let lastNonSpace = previousNonBlank(before: &end)
        let beforeLast = previousNonBlank(before: &end)
        f.endsWithParenthesis = lastNonSpace == 0x29
        var final = lastNonSpace
        switch final {
        case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x300D, 0x300F, 0xFF09: final = beforeLast
        default: break
        }
        switch final {
        case 0x2026:
            f.endsWithEllipsis = true
        case 0x2E:
            f.endsWithEllipsis = byte(2, before: line.count) == 0x2E && byte(1, before: line.count) == 0x2E && lastNonSpace == 0x2E
            f.endsWithSentence = !f.endsWithEllipsis
        case 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F:
            f.endsWithSentence = true
        case 0x3A, 0xFF1A:
            f.endsWithColon = true
        default:
            break
        }
        return f
    }

    /// The last non-blank scalar before offset `end`, or 0; `end` moves to its start.
    private func previousNonBlank(before end: inout Int) -> UInt32 {
        while end > 0 {
            var start = end - 1
            while start > 0 && line[start] & 0xC0 == 0x80 { start -= 1 }
            var next = start
            let v = UTF8Scalars.next(UnsafeBufferPointer(rebasing: line[..<end]), &next) ?? 0
            end = start
            if !TextLine.isBlank(v) { return v }
        }
        return 0
    }
}

extension LineFeatures {
    /// Measures `line` in one pass over its UTF-8 bytes.
    init(_ line: Substring) {
        var line = line
        self = line.withUTF8 { LineFeatures($0) }
    }

    /// Measures the line whose valid UTF-8 is `bytes`, in one pass, looking words up in `words`
    /// (``StopWords``' table; the page splitter fetches it once per page).
    init(_ bytes: UnsafeBufferPointer<UInt8>, words: HashedWords = StopWords.table) {
        self = words.withProbe { LineFeatures(bytes, words: $0) }
    }

    /// Measures the line whose valid UTF-8 is `bytes` with a view of the word table that the
    /// caller holds for a whole page.
    init(_ bytes: UnsafeBufferPointer<UInt8>, words: HashedWords.Probe) {
        var scan = FeatureScan(words: words, line: bytes)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if (b | 0x20) &- 0x61 < 26 && scan.takesLetterRun(at: i) {
                i = scan.consumeLetterRun(from: i)
            } else if b == 0x20 {
                scan.consumeSpace(at: i)
                i += 1
            } else if b < 0x80 {
                scan.consume(UInt32(b), at: i)
                i += 1
            } else {
                let start = i
                guard let v = UTF8Scalars.next(bytes, &i) else { break }
                scan.consume(v, at: start)
            }
        }
        self = scan.finish()
    }
}
