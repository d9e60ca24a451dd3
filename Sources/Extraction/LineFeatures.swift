/// Shallow text features of one line, measured in a single pass over its scalars.
///
/// These are the signals the classifier weighs (after Kohlschütter et al.'s shallow text
/// features and jusText): how long the line is, whether it reads as sentences, how many
/// function words it holds, whether it looks like a headline, a link or a file name.
/// Length counts words in spaced scripts and characters in CJK scripts, which have no spaces.
/// Counters are `Int32` (a page holds at most 64 MB): every line record carries a copy, and
/// half-width fields halve what arrays of them move and cache; the flags come last, packed.
struct LineFeatures: Sendable {
    /// Word tokens outside CJK scripts (runs of letters and digits).
    var words: Int32 = 0
    /// CJK ideographs, kana and hangul syllables; each counts as a character, not a word.
    var cjk: Int32 = 0
    /// Function words (any supported language) plus CJK particles.
    var stopWords: Int32 = 0
    /// Words starting with an upper-case letter.
    var capitalised: Int32 = 0
    /// Words starting with a lower-case letter.
    var lowercase: Int32 = 0
    /// Tokens mixing letters and digits ("pcxpo1", "img0827") or made of digits only.
    var alphanumeric: Int32 = 0
    /// Tokens of digits only.
    var numeric: Int32 = 0
    /// Tokens with an inner dot, underscore or slash ("photo_12.jpg", "example.com").
    var fileLike: Int32 = 0
    /// Sentence ends inside or at the end of the line.
    var sentenceMarks: Int32 = 0
    /// Commas (Latin and CJK).
    var commas: Int32 = 0
    /// URL signs: `://`, `www.`, `@`.
    var linkSigns: Int32 = 0
    /// Copyright evidence: 2 for a `©` or a formula such as "rights reserved" or "registered trademark".
    var legalMarks: Int32 = 0
    /// Words naming a journalist's role ("correspondent", "editor").
    var roleWords: Int32 = 0
    /// Photo-caption evidence: caption words count 1, "pictured" or a label like "Photo:" count 2.
    var captionMarks: Int32 = 0
    /// Words of subscription prompts ("subscribe", "newsletter").
    var promoWords: Int32 = 0
    /// Words of an author bio ("covers", "previously", "reporter").
    var bioWords: Int32 = 0
    /// Numbers that read as years (1900–2099): a date may be written on the line.
    var years: Int32 = 0
    /// Clock times (`6:34`): a colon between digits.
    var clockMarks: Int32 = 0
    /// Separators typical of menus and bylines: `|`, `•`, `·`, `»`, `›`, `>`.
    var separators: Int32 = 0
    /// Unicode scalars in the line.
    var length: Int32 = 0
    /// The hash of the first token, as the stop-word lookups hash it. With
    /// ``firstTokenHasDigits`` and ``hasNumberSign``, what ``NoiseLexicon/mayMatch(_:)`` needs
    /// to rule most lines out without reading them again.
    var firstToken: UInt64 = 0
    /// The line ends with a closing parenthesis ("… in Hanoi. (AP)").
    var endsWithParenthesis = false
    /// The first word opens a byline ("By", "Von").
    var startsWithBy = false
    /// The line ends like a sentence (`.`, `!`, `?`, `。`, possibly followed by a quote or bracket).
    var endsWithSentence = false
    /// The line ends in `...` or `…`: a truncated teaser.
    var endsWithEllipsis = false
    /// The line ends with a colon: a label for what follows.
    var endsWithColon = false
    /// The line holds something ``TextSanitizer/clean(_:)`` would change: a control, an
    /// invisible or special space, a bidirectional control, or two spaces in a row. Lines
    /// without it are copied into the article as they are.
    var needsCleaning = false
    /// The first token holds a digit.
    var firstTokenHasDigits = false
    /// The line holds a `#`.
    var hasNumberSign = false

    /// Length in word units: words plus half the CJK characters.
    var weight: Int { Int(words) + (Int(cjk) + 1) / 2 }

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

/// The classes of scalars the feature scan tells apart.
enum ScalarKind: Equatable {
    case upper, lower, otherLetter, digit, cjk, apostrophe, inner, other

    @inline(__always)
    static func of(_ s: Unicode.Scalar) -> ScalarKind { of(s.value) }

    @inline(__always)
    static func of(_ v: UInt32) -> ScalarKind {
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
        return ofNonASCII(v)
    }

    /// The kind of a scalar at or above U+0080, kept out of line so the ASCII test above inlines.
    @inline(never)
    static func ofNonASCII(_ v: UInt32) -> ScalarKind {
        switch v {
        case 0x2019: return .apostrophe
        case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x2018, 0x201A...0x206F, 0x3000...0x303F, 0xFF00...0xFF0F:
            return v == 0xAA || v == 0xB5 || v == 0xBA ? .lower : .other
        case 0xC0...0xDE: return .upper
        case 0xDF...0xFF: return .lower
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return .cjk
        // Basic Cyrillic and Greek letters, without the property tables (the same answer, checked by a test).
        case 0x0400...0x042F, 0x0391...0x03A1, 0x03A3...0x03A9: return .upper
        case 0x0430...0x045F, 0x03B1...0x03C9: return .lower
        default:
            return byProperties(v)
        }
    }

    /// The kind of a scalar from its Unicode properties: the general case of ``ofNonASCII(_:)``.
    static func byProperties(_ v: UInt32) -> ScalarKind {
        guard let s = Unicode.Scalar(v) else { return .other }
        let p = s.properties
        if p.isUppercase { return .upper }
        if p.isLowercase { return .lower }
        if p.isAlphabetic { return .otherLetter }
        if p.numericType == .decimal { return .digit }
        return .other
    }
}
