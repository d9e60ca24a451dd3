/// How much a line above the body looks like the article's headline.
///
/// A headline heads the group of lines above the body (dek, byline, date), is longer than a
/// menu label, shorter than a dek, has no closing full stop, is not a price ticker and does not
/// repeat a navigation label shown earlier. It usually shares content words with the lead.
/// The dek is the longer, sentence-like line right below it; a line sitting under a shorter
/// headline-like line is taken for the dek, not the headline.
extension ArticleHeader {
    /// Shortest headline, in word units, that may head a dek.
    static let headlineMinimum = 5

    func titleScore(_ lines: PageLines, _ i: Int, from lower: Int, to upper: Int, lead: HashedWords) -> Int {
        let f = lines[i].features
        var score = f.endsWithSentence ? 0 : 2
        for j in (i + 1)..<min(upper, i + 4) {
            if isHeadlineCandidate(lines, j) || j == byline || j == date?.line { score += 2; break }
        }
        if i + 1 < upper, Self.headsDek(lines[i].features, lines[i + 1].features), isHeadlineCandidate(lines, i + 1) { score += 3 }
        if i > lower, Self.headsDek(lines[i - 1].features, lines[i].features), isHeadlineCandidate(lines, i - 1) { score -= 3 }
        if f.weight < 4 { score -= 2 }
        if f.weight > 30 { score -= 2 }
        if Self.isTicker(f) { score -= 4 }
        if Self.repeatsNearby(lines, i, from: lower, to: upper) { score -= 3 }
        if i == 0 || lines[i - 1].lineClass == .bad || lines[i - 1].lineClass == .short { score += 1 }
        // Distinct content words of the line (a headline has few: a linear check is cheapest).
        var own: [UInt64] = []
        var shared = 0
        Self.forEachContentWord(lines.bytes(i)) { word in
            guard !own.contains(word) else { return }
            own.append(word)
            if lead.flags(word) != 0 { shared += 1 }
        }
        if !own.isEmpty {
            score += min(3, shared * 8 / own.count)
        }
        return score
    }

    /// Whether `line` could be a headline in the title search (the candidates of ``findTitle``).
    private func isHeadlineCandidate(_ lines: PageLines, _ j: Int) -> Bool {
        guard lines[j].lineClass != .bad, ![byline, credit, date?.line].contains(j) else { return false }
        let f = lines[j].features
        return f.weight >= 3 && f.linkSigns == 0 && !f.endsWithColon
    }

    /// A headline directly above its dek: the dek is longer or has more sentences.
    static func headsDek(_ h: LineFeatures, _ d: LineFeatures) -> Bool {
        guard h.weight >= headlineMinimum, !isTicker(h), !isTicker(d), d.weight >= headlineMinimum else { return false }
        return d.weight > h.weight || d.sentenceMarks > h.sentenceMarks
    }

    /// Prices and indices ("DOW 23,539.19 +0.09%"): most tokens are numbers.
    static func isTicker(_ f: LineFeatures) -> Bool {
        f.words > 0 && f.numeric * 2 >= f.words
    }

    /// A section label the page shows twice around the headline ("Features" in the menu and above it).
    static func repeatsNearby(_ lines: PageLines, _ i: Int, from lower: Int, to upper: Int) -> Bool {
        let bytes = lines.bytes(i), text = lines.text(i)
        let ascii = lines.isASCII(i)
        for j in max(0, lower - 16)..<min(lines.count, upper) where j != i {
            // Two ASCII lines are equal exactly when their bytes are; only other pairs need
            // `==`'s canonical equivalence (a non-ASCII line may equal an ASCII one: "K" and U+212A).
            if ascii && lines.isASCII(j) {
                let other = lines.bytes(j)
                if other.count == bytes.count && other.elementsEqual(bytes) { return true }
            } else if lines.text(j) == text {
                return true
            }
        }
        return false
    }
}
