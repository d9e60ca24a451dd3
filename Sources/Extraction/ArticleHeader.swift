/// The metadata around the top of an article: title, dek, byline, credit and date.
///
/// Looked for in a window of lines just before the body region (where page dumps put the
/// headline block) and the first lines of the region itself.
struct ArticleHeader: Sendable {
    var title: Int?
    var dek: Int?
    var byline: Int?
    var bylineParsed: Byline.Parsed?
    var credit: Int?
    var date: (line: Int, day: String)?

    /// A line holding only the author's name ("Owen Marsh" above "Columnist").
    var nameLine: Int?

    /// Lines used for metadata: not body, not noise.
    var lines: Set<Int> {
        Set([title, dek, byline, credit, date?.line, nameLine].compactMap { $0 })
    }

    /// How far before the body region the header may start.
    static let window = 16

    static func find(in lines: PageLines, region: BodyRegion) -> ArticleHeader {
        var header = ArticleHeader()
        let lower = max(0, region.start - window)
        let upper = min(lines.count, region.start + 3)
        for i in lower..<upper {
            let text = lines.text(i), f = lines[i].features
            if header.byline == nil, f.weight <= 16, let parsed = Byline.parse(text, f) {
                header.byline = i
                header.bylineParsed = parsed
                if header.date == nil, f.years > 0, let day = DateText.find(in: text) { header.date = (i, day) }
                continue
            }
            // "Photos: Thousands fill the riverfront …" above a dek is a gallery's headline, not a credit.
            let headsDek = i + 1 < region.start && lines[i + 1].lineClass != .bad && Self.headsDek(f, lines[i + 1].features)
            if header.credit == nil, !headsDek, Byline.isCredit(text, f) {
                header.credit = i
                continue
            }
            if header.date == nil, f.weight <= 12, f.years > 0, let day = DateText.find(in: text) {
                header.date = (i, day)
            }
        }
        // Credits may sit inside the body, under an inline photo.
        if header.credit == nil {
            for i in region.start..<region.end where Byline.isCredit(lines.text(i), lines[i].features) {
                header.credit = i
                break
            }
        }
        let lead = region.kept.prefix(4).map { lines.bytes($0) }
        header.findTitle(in: lines, from: lower, to: region.start, lead: contentWords(lead))
        header.findBareName(in: lines, to: region.start)
        return header
    }

    private func isCandidate(_ lines: PageLines, _ i: Int) -> Bool {
        let line = lines[i]
        guard line.lineClass != .bad || line.sign == .caption, ![byline, credit, date?.line].contains(i) else {
            return false
        }
        let f = line.features
        guard f.weight >= 3 && f.weight <= 40 && !f.endsWithColon && f.linkSigns == 0 else { return false }
        // Nested menu items as the renderer prints them: "+ Sports", "o Terms of Use", "* Home".
        let head = lines.bytes(i).prefix(2)
        return !(head.count == 2 && head.last == 0x20 && [0x2B, 0x6F, 0x2A, 0x2D].contains(head.first!))
    }

    /// Calls `body` with the hash of each content word of the text whose UTF-8 is `bytes`, in
    /// order: lower-cased words of four letters or more, and in CJK scripts (no spaces) every
    /// pair of adjacent characters.
    ///
    /// Callers collect the hashes in a ``HashedWords`` table or a short array rather than a
    /// `Set` (hashing every word twice).
    static func forEachContentWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var hash = StopWords.seed
        var length = 0
        var previousCJK: UInt32 = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                // ASCII as `ScalarKind` sees it: letters and digits continue a word, the rest ends it.
                i += 1
                previousCJK = 0
                if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                    hash = StopWords.mix(hash, UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b))
                    length += 1
                } else {
                    if length >= 4 { body(hash) }
                    hash = StopWords.seed
                    length = 0
                }
                continue
            }
            guard let v = UTF8Scalars.next(bytes, &i) else { break }
            let kind = ScalarKind.of(v)
            if kind == .cjk {
                if previousCJK != 0 { body(StopWords.mix(StopWords.mix(StopWords.seed, previousCJK), v)) }
                previousCJK = v
            } else {
                previousCJK = 0
            }
            if kind == .upper || kind == .lower || kind == .otherLetter || kind == .digit {
                hash = StopWords.mix(hash, StopWords.lower(v))
                length += 1
            } else {
                if length >= 4 { body(hash) }
                hash = StopWords.seed
                length = 0
            }
        }
        if length >= 4 { body(hash) }
    }

    /// The content words of the lead paragraphs, for ``titleScore(_:_:from:to:lead:)``.
    static func contentWords(_ texts: [UnsafeBufferPointer<UInt8>]) -> HashedWords {
        var words = HashedWords(capacity: 256)
        for text in texts { forEachContentWord(text) { words.insert($0, flags: 1) } }
        return words
    }

    /// Picks the headline by scoring every candidate line above the body (``TitleScore``),
    /// then takes the candidate right below it as the dek.
    private mutating func findTitle(in lines: PageLines, from lower: Int, to upper: Int, lead: HashedWords) {
        var best: (index: Int, score: Int)?
        for i in lower..<upper where isCandidate(lines, i) {
            let score = titleScore(lines, i, from: lower, to: upper, lead: lead)
            if best == nil || score > best!.score { best = (i, score) }
        }
        guard let title = best?.index else { return }
        self.title = title
        for j in (title + 1)..<min(upper, title + 4) where isCandidate(lines, j) && lines[j].sign == nil {
            if lines[j].features.weight >= 5 { dek = j }
            break
        }
    }

    /// A bare name under the headline, confirmed by a role or a date on the next line
    /// ("Owen Marsh" / "Columnist", "Sofia Rossi" / "Published July 19, 2018"), or standing
    /// alone as the first line under the headline and dek. It wins over a "By" line further
    /// down (a reviewed book's author sits below the reviewer).
    private mutating func findBareName(in lines: PageLines, to upper: Int) {
        guard let title else { return }
        let hasAuthors = !(bylineParsed?.authors.isEmpty ?? true)
        let groupEnd = (dek ?? title) + 1
        let stop = hasAuthors ? min(upper, byline ?? upper) : upper
        for i in (title + 1)..<max(title + 1, stop) where i != dek {
            let f = lines[i].features
            guard f.words >= 2, f.words <= 3, f.stopWords == 0, f.capitalised == f.words, lines[i].lineClass != .bad,
                  !Self.repeatsNearby(lines, i, from: title, to: i)
            else { continue }
            let next = i + 1 < lines.count ? lines[i + 1].features : LineFeatures()
            let isRole = next.roleWords > 0 && next.weight <= 6
            guard isRole || next.years > 0 || i == groupEnd else { continue }
            let text = lines.text(i)
            let names = Byline.authorNames(text)
            guard names.count == 1, names[0].count == text.count else { continue }
            nameLine = i
            var parsed = Byline.Parsed(authors: names, role: nil)
            if isRole {
                parsed.role = String(lines.text(i + 1))
                byline = i + 1
            } else if let old = bylineParsed, old.authors.isEmpty, let role = old.role {
                parsed.role = role
            } else {
                byline = i
            }
            bylineParsed = parsed
            return
        }
    }
}
