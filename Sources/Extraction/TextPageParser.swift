/// Parses plain-text page dumps into articles.
///
/// A dump holds the article and everything else the page showed: navigation, promos,
/// teaser headlines, image file names, social prompts. The method is general, not per site:
///
/// 1. split into lines (LF, CRLF, CR) and read the optional ` date YYYY-MM-DD Section` header;
/// 2. measure shallow features per line (``LineFeatures``) and judge each on its own
///    (``LineClassifier``; the ``NoiseLexicon`` is one signal among several);
/// 3. find the body as the best-scoring run of prose (``BodyRegion``) and re-judge short
///    lines inside it from their neighbours;
/// 4. read the metadata around it (``ArticleHeader``, ``Byline``, ``AuthorBio``).
///
/// Every line that is neither body nor metadata goes to ``Article/noise``. The parser is
/// pure: it never reads files. It runs in time linear in the page size.
///
/// Status of this note: 2026-12-07 (issue #2, speed pass `text-speed-4`). Files: `PageLines`
/// (the page and its line records: plain values holding byte offsets, whose bytes and text it
/// lends during the parse), `TextLine` (one walk over the page's UTF-8 bytes: line ends,
/// trimming, and `FeatureScan`/`LineFeatures` on each line's bytes, which also flag lines the
/// sanitiser must clean and note the first token for the lexicon's prefilter), `ByteWords`
/// (eight-byte tests for line ends, controls, NULs, quotes), `StopWords` and `HashedWords`
/// (word flags by hash: stop, legal, role, byline, caption, bio, promo words), `NoiseLexicon`,
/// `LineClassifier` (classes and noise signs), `BodyRegion` and `BodyRegion+Edges` (maximum
/// run, neighbours, lists), `PairSkipSearch` (pull quotes), `ArticleHeader`, `Byline`,
/// `AuthorBio`, `DateText` (metadata). The article comes out clean: only flagged lines go
/// through `TextSanitizer`.
/// Must never: read files, name a site, or keep a line because it matched a list of corpus lines.
public enum TextPageParser {
    /// Returns the article in `text` with every field clean (``TextSanitizer``), or throws
    /// ``ExtractionError/noArticle`` when no line reads as prose, or when the body is nothing
    /// but controls and escape sequences (empty once cleaned: an article is never invented).
    public static func parse(
        _ text: String, source: Article.Source, lexicon: NoiseLexicon = .builtIn
    ) throws(ExtractionError) -> Article {
        var article = Article(source: source)
        let result = PageLines.withLines(of: text, isHeader: { first in
            guard let header = DateText.header(first) else { return false }
            article.date = header.date
            article.dateText = String(first)
            article.section = header.section
            return true
        }, { lines in parse(&lines, into: article, lexicon: lexicon) })
        return try result.get()
    }

    /// The article in `lines`, filled into `article` (which may hold the header's date and section).
    private static func parse(
        _ lines: inout PageLines, into article: Article, lexicon: NoiseLexicon
    ) -> Result<Article, ExtractionError> {
        var article = article
        judge(&lines, lexicon: lexicon)
        guard let region = BodyRegion.find(in: lines) else {
            return .failure(.noArticle)
        }
        let header = ArticleHeader.find(in: lines, region: region)
        // Per line: taken for metadata, or kept out of the body (flags, not `Set<Int>`: no hashing per line).
        var used = [Bool](repeating: false, count: lines.count)
        for i in header.lines { used[i] = true }
        var bodyExcluded: Int?
        if let title = header.title { article.title = lines.string(title) }
        if let dek = header.dek { article.dek = lines.string(dek) }
        if let parsed = header.bylineParsed, let b = header.byline {
            article.authors = parsed.authors
            article.byline = parsed.role ?? (parsed.authors.isEmpty ? lines.string(b) : nil)
        }
        if let credit = header.credit { article.credit = lines.string(credit) }
        if article.date == nil, let date = header.date {
            article.date = date.day
            article.dateText = lines.string(date.line)
        }
        if let bio = findBio(lines, region: region) {
            used[bio.line] = true
            if bio.line > 0, isBioHeading(lines, bio.line - 1, name: bio.name) { bodyExcluded = bio.line - 1 }
            article.bio = lines.string(bio.line)
            if article.authors.isEmpty { article.authors = [bio.name] }
        }
        var inBody = [Bool](repeating: false, count: lines.count)
        let pullQuotes = repeatedQuotes(lines, region.kept)
        for i in region.kept where !used[i] && i != bodyExcluded && !pullQuotes.contains(i) {
            inBody[i] = true
            if let block = block(lines, i) { article.body.append(block) }
        }
        guard !article.body.isEmpty else { return .failure(.noArticle) }
        for i in lines.indices where !inBody[i] && !used[i] {
            if let text = articleText(lines, i) { article.noise.append(text) }
        }
        return .success(article.sanitizedMetadata())
    }

    /// Line `i` as an article string: copied as it is when the scan found nothing to clean in
    /// it, else cleaned; nil when nothing is left.
    private static func articleText(_ lines: PageLines, _ i: Int) -> String? {
        guard lines[i].features.needsCleaning else { return lines.string(i) }
        return cleaned(lines.string(i))
    }

    /// `text` cleaned (``TextSanitizer/clean(_:)``), or nil when nothing is left.
    private static func cleaned(_ text: String) -> String? {
        let cleaned = TextSanitizer.clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A paragraph that trails off ("…") between two paragraphs is prose, not a teaser:
    /// teasers sit between headlines and links.
    static func forgiveTrailingOff(_ lines: inout PageLines, _ classifier: LineClassifier) {
        guard lines.count >= 3 else { return }
        for i in 1..<(lines.count - 1) where lines[i].sign == .teaser {
            if lines[i - 1].lineClass == .good && lines[i + 1].lineClass == .good {
                lines[i].sign = nil
                lines[i].lineClass = classifier.proseClass(lines[i].features)
            }
        }
    }

    /// A live blog: three or more bare clock times ("9:02 PM"), each followed by prose within
    /// two lines (an entry heading may sit between). Those times head entries of the article.
    static func markEntryTimes(_ lines: inout PageLines) {
        var times: [Int] = []
        for i in lines.indices where lines[i].sign == .stamp && lines[i].features.weight <= 3 && lines[i].features.clockMarks > 0 {
            let next: JudgedLine? = i + 1 < lines.count ? lines[i + 1] : nil
            let second: JudgedLine? = i + 2 < lines.count ? lines[i + 2] : nil
            if next?.isProse == true || (next?.lineClass == .short && second?.isProse == true) { times.append(i) }
        }
        guard times.count >= 3 else { return }
        for i in times { lines[i].sign = .entryTime }
    }

    /// A gallery: three or more slide counters ("2 of 10", "2/10") with one total. The counters
    /// and the image labels and credits next to them sit between captions that are the article.
    static func markSlides(_ lines: inout PageLines) {
        var counters: [Int] = []
        var total: Substring?
        for i in lines.indices where lines[i].features.numeric == 2 && lines[i].features.weight <= 3 {
            guard let t = slideTotal(lines.text(i)) else { continue }
            if total == nil { total = t }
            if t == total { counters.append(i) }
        }
        guard counters.count >= 3 else { return }
        for c in counters {
            lines[c].sign = .slide
            for step in [-1, 1] {
                var j = c + step
                while j >= 0, j < lines.count, abs(j - c) <= 3, lines[j].lineClass == .bad,
                      lines[j].sign == .fileName || lines[j].sign == .repeated || lines[j].sign == .caption {
                    lines[j].sign = .slide
                    j += step
                }
            }
        }
    }

    /// The total of a slide counter line ("3 of 10" gives "10"), or nil.
    static func slideTotal(_ text: Substring) -> Substring? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard parts.count == 2 || parts.count == 3, parts.first!.allSatisfy(\.isASCII), parts.last!.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.first!.allSatisfy({ $0.isNumber }) else { return nil }
        if parts.count == 3 && !["of", "von", "de", "sur", "di", "van", "из"].contains(parts[1].lowercased()) { return nil }
        return parts.last
    }

    /// Marks lines the page repeats as boilerplate: a line shown three times or more
    /// (slideshow captions, promos) everywhere, a line shown twice from its second showing.
    static func markRepeats(_ lines: inout PageLines) {
        var counts = HashedWords(capacity: lines.count)
        var hashes = [UInt64](repeating: 0, count: lines.count)
        for i in lines.indices where lines[i].features.weight >= 4 {
            let h = lineHash(lines.bytes(i))
            hashes[i] = h
            counts.increment(h)
        }
        var seen = HashedWords(capacity: 16)
        for i in lines.indices where hashes[i] != 0 {
            let n = counts.flags(hashes[i])
            guard n >= 2 else { continue }
            let later = seen.flags(hashes[i]) != 0
            seen.insert(hashes[i], flags: 1)
            if n >= 3 || later {
                lines[i].lineClass = .bad
                lines[i].sign = lines[i].sign ?? .repeated
            }
        }
    }

    /// A hash of a whole line's bytes, eight bytes per step (lines are compared, not looked up
    /// by content, so any well-mixed hash will do).
    private static func lineHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = StopWords.seed ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ ByteWords.load(bytes, i)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// Pull quotes: short kept lines that repeat a sentence of an earlier paragraph
    /// ("It is a whole day without one." after the paragraph that said it).
    static func repeatedQuotes(_ lines: PageLines, _ kept: [Int]) -> Set<Int> {
        var found = Set<Int>()
        var search = PairSkipSearch()
        for (n, i) in kept.enumerated() where n > 0 && lines[i].features.weight >= 4 && lines[i].features.weight <= 30 {
            var quote = unquoted(lines.text(i), ascii: lines.isASCII(i))
            guard quote.utf8.count >= 20 else { continue }
            let repeated = quote.withUTF8 { needle in
                search.search(for: needle)
                return kept[max(0, n - 20)..<n].contains { j in
                    let text = lines.bytes(j)
                    return text.count > needle.count && search.occurs(needle, in: text)
                }
            }
            if repeated { found.insert(i) }
        }
        return found
    }

    /// The line's text without the quote marks around it (`"`, `'`, `“`, `”`), trimmed on
    /// bytes when the line is ASCII (each byte a `Character`), else by `Character`.
    private static func unquoted(_ text: Substring, ascii: Bool) -> Substring {
        var quote = text
        if ascii {
            let utf8 = quote.utf8
            var lower = utf8.startIndex, upper = utf8.endIndex
            while lower < upper, utf8[lower] == 0x22 || utf8[lower] == 0x27 { lower = utf8.index(after: lower) }
            while lower < upper, utf8[utf8.index(before: upper)] == 0x22 || utf8[utf8.index(before: upper)] == 0x27 {
                upper = utf8.index(before: upper)
            }
            return quote[lower..<upper]
        }
        while let c = quote.first, c == "\"" || c == "“" || c == "'" { quote = quote.dropFirst() }
        while let c = quote.last, c == "\"" || c == "”" || c == "'" { quote = quote.dropLast() }
        return quote
    }

    /// The bio at the end of the body or in the lines just after it; else in the header window
    /// (an author box above the article).
    private static func findBio(_ lines: PageLines, region: BodyRegion) -> (line: Int, name: String)? {
        let tail = region.kept.suffix(2)
        let after = region.end..<min(lines.count, region.end + 12)
        let before = max(0, region.start - ArticleHeader.window)..<region.start
        for i in Array(tail) + Array(after) + Array(before) {
            if let name = AuthorBio.name(in: lines.text(i), lines[i].features) { return (i, name) }
        }
        return nil
    }

    /// "About Jane Doe" or "Über Moritz Bachmann" just above a bio: a label, not body.
    private static func isBioHeading(_ lines: PageLines, _ i: Int, name: String) -> Bool {
        guard lines[i].features.weight <= 6 else { return false }
        let text = lines.text(i)
        for word in ["About ", "Über ", "Sobre ", "À propos de ", "A propos de ", "Su "] where text.hasPrefix(word) {
            return true
        }
        return text == name
    }

    /// Whether the page's prose has function words from a known stop list.
    static func hasStopWords(_ lines: [JudgedLine]) -> Bool {
        var stops = 0, words = 0
        for i in lines.indices where lines[i].features.weight >= 10 {
            let f = lines[i].features
            stops += Int(f.stopWords)
            words += f.weight
        }
        return words == 0 || Double(stops) >= 0.05 * Double(words)
    }

    /// The body block for a line: list items and headings set apart from paragraphs; nil for a
    /// line that holds nothing once cleaned.
    private static func block(_ lines: PageLines, _ i: Int) -> Article.Block? {
        let line = lines[i]
        // A bullet opens with `-`, `*` or the lead byte of `•`, `–`, `▪` (0xE2) or `·` (0xC2).
        if let lead = lines.bytes(i).first, [0x2D, 0x2A, 0xE2, 0xC2].contains(lead) {
            let text = lines.text(i)
            if let first = text.unicodeScalars.first, [0x2022, 0x2D, 0x2A, 0x2013, 0xB7, 0x25AA].contains(first.value),
               text.unicodeScalars.dropFirst().first == " " {
                let item = String(TextLine.trim(text.dropFirst()))
                return (line.features.needsCleaning ? cleaned(item) : item).map { Article.Block(.listItem, $0) }
            }
        }
        let heading = line.lineClass == .short && !line.features.endsWithSentence && line.features.weight <= 14
        return articleText(lines, i).map { Article.Block(heading ? .heading : .paragraph, $0) }
    }
}

extension TextPageParser {
    /// Every line judged on its own features, then against its neighbours: repeats, trailing-off
    /// paragraphs, live-blog entry times and gallery slides. Shared by `parse` and `explain`.
    static func judge(_ lines: inout PageLines, lexicon: NoiseLexicon) {
        let classifier = LineClassifier(lexicon: lexicon, useStopWords: hasStopWords(lines.records))
        for i in lines.indices { classifier.judge(&lines, i) }
        markRepeats(&lines)
        forgiveTrailingOff(&lines, classifier)
        markEntryTimes(&lines)
        markSlides(&lines)
    }
}

extension TextPageParser {
    /// One row per line: the verdict, the line's class and score, and the line's start.
    ///
    /// For tuning and for users asking why a line was dropped (`folio extract --explain`).
    public static func explain(_ text: String, lexicon: NoiseLexicon = .builtIn) -> [String] {
        PageLines.withLines(of: text, isHeader: { DateText.header($0) != nil }) { lines in
            judge(&lines, lexicon: lexicon)
            let region = BodyRegion.find(in: lines)
            let kept = Set(region?.kept ?? [])
            return lines.indices.map { i in
                let line = lines[i]
                let mark = kept.contains(i) ? "BODY" : (region.map { $0.start <= i && i < $0.end } == true ? "in  " : "    ")
                let f = line.features
                let sign = line.sign.map { "\($0)" } ?? ""
                let score = Int(BodyRegion.score(line))
                return "\(mark) \(line.lineClass) \(sign) s=\(score) w=\(f.weight) stop=\(Int(f.stopDensity * 100))% | \(lines.text(i).prefix(90))"
            }
        }
    }
}
