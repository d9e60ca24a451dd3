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

    /// Lines used for metadata: not body, not noise.
    var lines: Set<Int> {
        Set([title, dek, byline, credit, date?.line].compactMap { $0 })
    }

    /// How far before the body region the header may start.
    static let window = 16

    static func find(in lines: [JudgedLine], region: BodyRegion) -> ArticleHeader {
        var header = ArticleHeader()
        let lower = max(0, region.start - window)
        let upper = min(lines.count, region.start + 3)
        for i in lower..<upper {
            let line = lines[i]
            if header.byline == nil, line.features.weight <= 16, let parsed = Byline.parse(line.text, line.features) {
                header.byline = i
                header.bylineParsed = parsed
                if header.date == nil, line.features.years > 0, let day = DateText.find(in: line.text) { header.date = (i, day) }
                continue
            }
            if header.credit == nil, Byline.isCredit(line.text, line.features) {
                header.credit = i
                continue
            }
            if header.date == nil, line.features.weight <= 12, line.features.years > 0, let day = DateText.find(in: line.text) {
                header.date = (i, day)
            }
        }
        // Credits may sit inside the body, under an inline photo.
        if header.credit == nil {
            for i in region.start..<region.end where Byline.isCredit(lines[i].text, lines[i].features) {
                header.credit = i
                break
            }
        }
        header.findTitle(in: lines, from: lower, to: region.start)
        return header
    }

    private func isCandidate(_ line: JudgedLine, _ i: Int) -> Bool {
        guard line.lineClass != .bad, ![byline, credit, date?.line].contains(i) else { return false }
        let f = line.features
        return f.weight >= 3 && f.weight <= 40 && !f.endsWithColon && f.linkSigns == 0
    }

    private mutating func findTitle(in lines: [JudgedLine], from lower: Int, to upper: Int) {
        var best: (index: Int, score: Int)?
        for i in lower..<upper where isCandidate(lines[i], i) {
            var score = lines[i].features.endsWithSentence ? 0 : 2
            for j in (i + 1)..<min(upper, i + 4) {
                if isCandidate(lines[j], j) || j == byline || j == date?.line { score += 2; break }
            }
            if i == 0 || lines[i - 1].lineClass == .bad || lines[i - 1].lineClass == .short { score += 1 }
            if best == nil || score > best!.score { best = (i, score) }
        }
        guard let title = best?.index else { return }
        self.title = title
        for j in (title + 1)..<min(upper, title + 4) where isCandidate(lines[j], j) {
            if lines[j].features.weight >= 5 { dek = j }
            break
        }
    }
}
