/// The fallback body, jusText-style: every block of the page outside navigation, asides
/// and comments is classed by its length, link density and stop-word density, short and
/// near-good blocks take the class of their good or bad neighbours, and the good ones are
/// kept in page order.
///
/// It runs only when the scored container gave nothing, or little next to the prose the
/// page holds, so its cost is paid on few pages.
struct HTMLParagraphClassifier {
    /// One block and what it reads like.
    private enum Class { case good, nearGood, short, bad }

    /// The page's blocks with their text, in page order.
    let blocks: [HTMLSegmenter.Block]

    /// Reads the blocks of `doc` outside page furniture and the subtrees `skipped` accepts.
    init(_ doc: HTMLDocument, stats: HTMLTextStats, skipped: (Int) -> Bool) {
        blocks = HTMLSegmenter.blocks(doc, stats: stats, in: 0..<doc.nodes.count) { i in
            let node = doc.nodes[i]
            return node.tag.isFurniture || node.flags.contains(.furniture) || (node.hint < 0 && node.tag != .body)
                || skipped(i)
        }
    }

    /// The blocks that read like the article's paragraphs, in page order.
    func goodBlocks() -> [HTMLSegmenter.Block] {
        var classes = blocks.map(Self.classify)
        // Short and near-good blocks between good ones are the article's headings and short
        // lines; next to bad ones they are boilerplate (jusText's context pass).
        for index in classes.indices where classes[index] == .short || classes[index] == .nearGood {
            let previous = Self.neighbour(classes, from: index, step: -1)
            let next = Self.neighbour(classes, from: index, step: 1)
            switch (previous, next) {
            case (.good, .good): classes[index] = .good
            case (.bad, .bad), (nil, .bad), (.bad, nil): classes[index] = .bad
            case (nil, nil): classes[index] = classes[index] == .nearGood ? .good : .bad
            default: classes[index] = classes[index] == .nearGood ? .good : .bad
            }
        }
        return zip(blocks, classes).filter { $0.1 == .good }.map(\.0)
    }

    /// The class of the nearest good or bad block from `index` in direction `step`.
    private static func neighbour(_ classes: [Class], from index: Int, step: Int) -> Class? {
        var i = index + step
        while i >= 0 && i < classes.count {
            if classes[i] == .good || classes[i] == .bad { return classes[i] }
            i += step
        }
        return nil
    }

    /// The class of one block on its own (jusText's thresholds, in visible characters).
    private static func classify(_ block: HTMLSegmenter.Block) -> Class {
        let length = Int(block.length)
        guard length > 0 else { return .bad }
        if Double(block.link) / Double(length) > 0.2 { return .bad }
        let density = stopWordDensity(block.text)
        if length < 70 { return .short }
        if length > 200 && density.map({ $0 >= 0.32 }) ?? true { return .good }
        if density.map({ $0 >= 0.30 }) ?? (length > 120) { return length > 200 ? .good : .nearGood }
        return .bad
    }

    /// The share of words that are function words, or nil for text without spaces between
    /// words (CJK), where the measure says nothing. Scans scalars, no Unicode tables.
    static func stopWordDensity(_ bytes: [UInt8]) -> Double? {
        var words = 0, stops = 0, letters = 0, wordLength = 0
        var hash = StopWords.seed
        func endWord() {
            if wordLength > 0 {
                words += 1
                letters += wordLength
                if wordLength <= StopWords.maximumLength && StopWords.flags(hash: hash) & StopWords.Flag.stop != 0 { stops += 1 }
            }
            hash = StopWords.seed
            wordLength = 0
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if isWordScalar(v) {
                hash = StopWords.mix(hash, StopWords.lower(v == 0x2019 ? 0x27 : v))
                wordLength += 1
            } else {
                endWord()
            }
        }
        endWord()
        guard words > 0 else { return 0 }
        if letters > words * 12 { return nil }
        return Double(stops) / Double(words)
    }

    /// Letters, digits and apostrophes of any script; spaces and punctuation end a word.
    private static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x27, 0x2019: return true
        case 0...0xBF, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF0F: return false
        default: return true
        }
    }
}
