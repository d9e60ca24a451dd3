/// Shallow text features of one line, measured in a single pass over its scalars.
///
/// These are the signals the classifier weighs (after Kohlschütter et al.'s shallow text
/// features and jusText): how long the line is, whether it reads as sentences, how many
/// function words it holds, whether it looks like a headline, a link or a file name.
/// Length counts words in spaced scripts and characters in CJK scripts, which have no spaces.
struct LineFeatures: Sendable {
    /// Word tokens outside CJK scripts (runs of letters and digits).
    var words = 0
    /// CJK ideographs, kana and hangul syllables; each counts as a character, not a word.
    var cjk = 0
    /// Function words (any supported language) plus CJK particles.
    var stopWords = 0
    /// Words starting with an upper-case letter.
    var capitalised = 0
    /// Words starting with a lower-case letter.
    var lowercase = 0
    /// Tokens mixing letters and digits ("pcxpo1", "img0827") or made of digits only.
    var alphanumeric = 0
    /// Tokens of digits only.
    var numeric = 0
    /// Tokens with an inner dot, underscore or slash ("photo_12.jpg", "example.com").
    var fileLike = 0
    /// Sentence ends inside or at the end of the line.
    var sentenceMarks = 0
    /// Commas (Latin and CJK).
    var commas = 0
    /// URL signs: `://`, `www.`, `@`.
    var linkSigns = 0
    /// Clock times (`6:34`): a colon between digits.
    var clockMarks = 0
    /// Separators typical of menus and bylines: `|`, `•`, `·`, `»`, `›`, `>`.
    var separators = 0
    /// The line ends like a sentence (`.`, `!`, `?`, `。`, possibly followed by a quote or bracket).
    var endsWithSentence = false
    /// The line ends in `...` or `…`: a truncated teaser.
    var endsWithEllipsis = false
    /// The line ends with a colon: a label for what follows.
    var endsWithColon = false
    /// Unicode scalars in the line.
    var length = 0

    /// Length in word units: words plus half the CJK characters.
    var weight: Int { words + (cjk + 1) / 2 }

    /// Share of function words among the line's word units.
    var stopDensity: Double {
        let w = words + cjk
        return w == 0 ? 0 : Double(stopWords) / Double(words + cjk / 2 + 1)
    }

    /// Share of capitalised words among words that start with a cased letter.
    var capitalisedShare: Double {
        let cased = capitalised + lowercase
        return cased == 0 ? 0 : Double(capitalised) / Double(cased)
    }
}

extension LineFeatures {
    /// Measures `line` in one pass.
    init(_ line: Substring) {
        self.init()
        var tokenLength = 0
        var tokenHash: UInt64 = StopWords.seed
        var tokenLetters = 0, tokenDigits = 0, tokenInner = false
        var pendingInner = false
        var lastNonSpace: UInt32 = 0
        var beforeLast: UInt32 = 0
        var prev: UInt32 = 0, prev2: UInt32 = 0, prev3: UInt32 = 0

        func endToken() {
            guard tokenLength > 0 else { return }
            words += 1
            if tokenLength <= StopWords.maximumLength, StopWords.contains(hash: tokenHash) { stopWords += 1 }
            if tokenDigits > 0 {
                alphanumeric += 1
                if tokenLetters == 0 { numeric += 1 }
            }
            if tokenInner && tokenLetters > 0 { fileLike += 1 }
            tokenLength = 0
            tokenHash = StopWords.seed
            tokenLetters = 0
            tokenDigits = 0
            tokenInner = false
            pendingInner = false
        }

        for scalar in line.unicodeScalars {
            let v = scalar.value
            length += 1
            let kind = ScalarKind.of(scalar)
            switch kind {
            case .upper, .lower, .otherLetter, .digit:
                if tokenLength == 0 {
                    if kind == .upper { capitalised += 1 } else if kind == .lower { lowercase += 1 }
                } else if pendingInner {
                    tokenInner = true
                }
                pendingInner = false
                tokenLength += 1
                if kind == .digit { tokenDigits += 1 } else { tokenLetters += 1 }
                tokenHash = StopWords.mix(tokenHash, kind == .upper ? StopWords.lower(v) : v)
            case .cjk:
                endToken()
                cjk += 1
                if StopWords.isCJKParticle(v) { stopWords += 1 }
            case .apostrophe:
                // Keeps "don't" and "l'homme" one token.
                if tokenLength > 0 { tokenHash = StopWords.mix(tokenHash, 0x27) } else { endToken() }
            case .inner:
                if tokenLength > 0 && !pendingInner { pendingInner = true } else { endToken() }
            case .other:
                endToken()
            }
            switch v {
            case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F:
                sentenceMarks += 1
            case 0x2C, 0xFF0C, 0x3001, 0x060C:
                commas += 1
            case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x3E:
                separators += 1
            case 0x40:
                linkSigns += 1
            case 0x30...0x39 where prev == 0x3A && prev2 >= 0x30 && prev2 <= 0x39:
                clockMarks += 1
            case 0x2F where prev == 0x2F && prev2 == 0x3A:
                linkSigns += 1
            case 0x2E where prev == 0x77 && prev2 == 0x77 && prev3 == 0x77:
                linkSigns += 1
            default:
                break
            }
            prev3 = prev2; prev2 = prev; prev = v
            if !TextLine.isBlank(scalar) {
                beforeLast = lastNonSpace
                lastNonSpace = v
            }
        }
        if pendingInner { pendingInner = false }
        endToken()
        var final = lastNonSpace
        switch final {
        case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x300D, 0x300F, 0xFF09: final = beforeLast
        default: break
        }
        switch final {
        case 0x2026:
            endsWithEllipsis = true
        case 0x2E:
            endsWithEllipsis = prev2 == 0x2E && prev == 0x2E && lastNonSpace == 0x2E
            endsWithSentence = !endsWithEllipsis
        case 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F:
            endsWithSentence = true
        case 0x3A, 0xFF1A:
            endsWithColon = true
        default:
            break
        }
    }
}

/// The classes of scalars the feature scan tells apart.
enum ScalarKind: Equatable {
    case upper, lower, otherLetter, digit, cjk, apostrophe, inner, other

    @inline(__always)
    static func of(_ s: Unicode.Scalar) -> ScalarKind {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .lower
            case 0x30...0x39: return .digit
            case 0x27: return .apostrophe
            case 0x2E, 0x5F, 0x2F: return .inner
            default: return .other
            }
        }
        switch v {
        case 0x2019: return .apostrophe
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return .cjk
        default:
            let p = s.properties
            if p.isUppercase { return .upper }
            if p.isLowercase { return .lower }
            if p.isAlphabetic { return .otherLetter }
            if p.numericType == .decimal { return .digit }
            return .other
        }
    }
}
