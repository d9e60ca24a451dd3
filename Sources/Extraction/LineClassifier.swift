/// First judgement of each line on its own features, before neighbours are considered.
///
/// Follows jusText's classes: *good* lines read as prose (long, sentence punctuation,
/// function words), *near-good* ones are shorter prose, *short* ones could be either
/// (headings, labels, captions), and *bad* ones are boilerplate by shape: lexicon phrases,
/// file-name-like image labels, links, ellipsis-truncated teasers and separator-laden menus.
enum LineClass: Equatable, Sendable {
    case good, nearGood, short, bad
}

/// Why a line was judged boilerplate on its own.
enum NoiseSign: Equatable, Sendable {
    case lexicon, fileName, link, teaser, menu
    /// A comment header or time stamp ("joe says:", "November 19, 2019 at 6:34 am", "2H ago").
    case stamp
    /// Copyright and legal notices ("© 2019 …, all rights reserved").
    case legal
    /// A photo caption or credit ("… shake hands in Hanoi. (AP)", "Credit: ESA").
    case caption
    /// A subscription or newsletter prompt ("No spam. You can unsubscribe at any time.").
    case promo
    /// A line the page shows again and again (slideshow captions, repeated promos).
    case repeated
    /// An ad slot label inside the article ("Advertisement", "Anzeige"): noise, but the
    /// article goes on after it, so the body search looks through it.
    case adBreak
    /// The bare time heading a live-blog entry ("9:02 PM") on a page with several of them.
    case entryTime
    /// A slide counter ("3 of 10") and the image label and credit beside it, in a gallery.
    case slide
}

/// Classifies lines by their own features.
struct LineClassifier: Sendable {
    var lexicon: NoiseLexicon
    /// False when the page's language has no stop list here; stop-word density is then ignored.
    var useStopWords = true

    /// Lines longer than this are never looked up in the lexicon: boilerplate phrases are short.
    static let lexiconWordLimit = 25

    /// Sets the class and noise sign of line `i`.
    func judge(_ lines: inout PageLines, _ i: Int) {
        if let sign = noiseSign(lines, i) {
            lines[i].lineClass = .bad
            lines[i].sign = sign
            return
        }
        lines[i].lineClass = proseClass(lines[i].features)
    }

    /// Why line `i` is boilerplate on its own, if it is. Most tests read the line's bytes;
    /// only the rare deeper ones (dates, CJK captions, link words) take its text.
    func noiseSign(_ lines: PageLines, _ i: Int) -> NoiseSign? {
        let f = lines[i].features
        let bytes = lines.bytes(i)
        let weight = f.weight
        if weight <= 5, f.sentenceMarks == 0, Self.isAdBreak(lines, i) { return .adBreak }
        let scope: NoiseLexicon.Scope = weight <= lexicon.longestWhole + 2 ? .all
            : weight <= Self.lexiconWordLimit ? .prefixes : .longPrefixes
        if lexicon.mayMatch(f) && lexicon.matches(bytes, scope: scope) {
            return .lexicon
        }
        if f.endsWithEllipsis && weight >= 4 { return .teaser }
        if f.linkSigns > 0 && weight <= 10 { return .link }
        if weight <= 20, !f.endsWithSentence, BodyRegion.isLinkLabel(lines, i) { return .link }
        if weight == 0 && f.length <= 80 { return .menu }
        if isStamp(lines, i) { return .stamp }
        if isLegal(f) { return .legal }
        if isCaption(f) || (f.cjk > 0 && weight <= 40 && Self.opensCJKCaption(lines.text(i))) { return .caption }
        if f.promoWords >= 2 && weight <= 60 { return .promo }
        if isFileNameLike(f) { return .fileName }
        if f.separators >= 2 && weight <= 20 && Double(f.separators) * 4 >= Double(weight) && !f.endsWithSentence {
            return .menu
        }
        return nil
    }

    /// Ad slot labels, whole line, any case.
    private static let adBreaks: Set<String> = [
        "advertisement", "ad", "ads", "advertising", "anzeige", "werbung", "publicidad", "publicité", "pubblicità",
        "reclame", "advertentie", "реклама", "广告", "広告", "광고", "story continues below advertisement",
        "article continues below advertisement", "story continues below", "continue reading below",
        "the article continues after the ad", "continue reading the main story",
    ]

    /// The ASCII labels above as bytes: an ASCII line is compared to them case-folded in
    /// place, without a lower-cased copy and a `Set<String>` hash.
    private static let asciiAdBreaks: [[UInt8]] = adBreaks.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether line `i` is an ad slot label; its text is read only when it is not ASCII.
    static func isAdBreak(_ lines: PageLines, _ i: Int) -> Bool {
        let bytes = lines.bytes(i)
        guard let first = bytes.first, bytes.count <= 40 else { return false }
        // Only the first letters of the labels above reach the set lookup (no lower-cased copy):
        // a, s, p, w, r, c, t in any case, and the lead bytes of Р/р (0xD0, 0xD1), 广/広 (0xE5)
        // and 광 (0xEA). No other scalar lower-cases to one of these.
        switch first {
        case 0xD0, 0xD1, 0xE5, 0xEA: break
        default:
            switch first | 0x20 {
            case 0x61, 0x73, 0x70, 0x77, 0x72, 0x63, 0x74: break
            default: return false
            }
        }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return adBreaks.contains(lines.text(i).lowercased()) }
        return asciiAdBreaks.contains { label in
            label.count == bytes.count && zip(label, bytes).allSatisfy { l, b in
                l == (b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
    }

    /// Copyright lines and legal footers; prose in shape, boilerplate in content.
    func isLegal(_ f: LineFeatures) -> Bool {
        f.legalMarks >= 2 && f.weight <= 150
    }

    /// Photo captions: caption vocabulary with a label ("Photo:"), a closing credit in
    /// parentheses, or "pictured".
    func isCaption(_ f: LineFeatures) -> Bool {
        guard f.weight <= 80, f.captionMarks > 0 else { return false }
        return f.captionMarks >= 2 || (f.endsWithParenthesis && f.weight <= 40)
    }

    /// CJK photo captions open with "pictured" or a picture label: "图为…", "圖為…", "写真：…".
    static func opensCJKCaption(_ text: Substring) -> Bool {
        for prefix in ["图为", "圖為", "图：", "圖：", "图片：", "圖片：", "写真：", "写真は", "사진="] where text.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// Comment headers and time stamps: what separates comments and teaser lists.
    func isStamp(_ lines: PageLines, _ i: Int) -> Bool {
        let f = lines[i].features, bytes = lines.bytes(i)
        guard f.weight <= 14, f.cjk == 0 else { return false }
        // A comment header is a name and a verb ("joe says:"); a longer lead-in ending in
        // "wrote:" introduces a quote in the article.
        if f.endsWithColon && (f.weight <= 6 || f.years > 0 || f.clockMarks > 0) {
            let verbs: [StaticString] = [" says:", " said:", " wrote:", " sagt:", " schreibt:", " dice:", " disse:", " dit :"]
            for suffix in verbs where TextLine.hasSuffix(bytes, suffix) {
                return true
            }
        }
        guard f.weight <= 8 else { return false }
        if f.clockMarks > 0 && f.numeric >= 2 && !f.endsWithSentence { return true }
        if f.weight <= 6 && f.years >= 1 && f.sentenceMarks == 0, DateText.find(in: lines.text(i)) != nil { return true }
        if f.numeric >= 1 && (TextLine.hasSuffix(bytes, " ago") || TextLine.hasSuffix(bytes, " AGO") || TextLine.hasSuffix(bytes, " ago.")) { return true }
        return false
    }

    /// Image labels left by the renderer: "img 0827", "pcxpo1", "twitter logo".
    ///
    /// Short, no sentence punctuation, and either nothing capitalised at all or made of
    /// tokens that mix letters and digits or carry file-name dots and underscores.
    func isFileNameLike(_ f: LineFeatures) -> Bool {
        guard f.cjk == 0, f.words >= 1, f.words <= 6, f.sentenceMarks == 0 || f.fileLike > 0, f.commas == 0 else {
            return false
        }
        if f.fileLike > 0 && f.words <= 4 { return true }
        if f.capitalised == 0 && f.lowercase >= 1 { return true }
        let mixed = f.alphanumeric - f.numeric
        return mixed > 0 && f.words <= 3 && f.capitalised == 0
    }

    func proseClass(_ f: LineFeatures) -> LineClass {
        let weight = f.weight
        let cjkPage = f.cjk > f.words
        let density = f.stopDensity
        // Prose in a language without a stop list here: long, punctuated, mostly lower-case words.
        let proseShape = weight >= 20 && f.sentenceMarks + f.commas >= 2 && f.capitalisedShare < 0.45
        let stopOK = !useStopWords || proseShape || (cjkPage ? density >= 0.04 || f.cjk >= 40 : density >= 0.18)
        let sentence = f.sentenceMarks > 0 || f.commas >= 2 || f.endsWithSentence
        // One prompt word in a short line ("Subscribe to our sister title …") bars it from "good".
        if f.promoWords > 0 && weight <= 30 { return weight >= 6 && f.endsWithSentence ? .nearGood : .short }
        if weight >= 14 && sentence && stopOK { return .good }
        if weight >= 40 && (stopOK || sentence) { return .good }
        if weight >= 6 && f.endsWithSentence && (stopOK || !useStopWords || density >= 0.1) { return .nearGood }
        return .short
    }
}
