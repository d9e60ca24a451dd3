/// Finds the article body among judged lines: the densest run of prose, then its edges.
///
/// Body Text Extraction (Finn et al.) casts this as a maximum-subarray problem: each line
/// scores by how much prose it holds, boilerplate scores below zero, and the best-scoring
/// contiguous run is the body — found in one linear pass (Kadane). Inside the run, lines
/// are then re-judged from their neighbours as jusText does: a short line between prose
/// stays (a subheading), a short line next to boilerplate goes.
struct BodyRegion: Sendable {
    /// Index of the first line of the run.
    var start: Int
    /// Index one past the last line of the run.
    var end: Int
    /// The lines of the run kept as body, in order.
    var kept: [Int]

    /// Score of one line for the maximum-subarray search.
    ///
    /// Every line costs `lineCost` words, as every tag costs in BTE: a run of long
    /// paragraphs scores high, a list of one-sentence teasers between headlines and time
    /// stamps scores about zero.
    static func score(_ line: JudgedLine) -> Double {
        let w = Double(line.features.weight)
        switch line.lineClass {
        case .good: return w - lineCost
        case .nearGood: return (w - lineCost) * 0.5
        case .short: return -3
        case .bad:
            // Comment headers and dated stamps part comments from the article; a bare clock
            // time ("11:31 PM") heads a live-blog entry and costs no more than other noise.
            if line.isTransparent { return 0 }
            return line.sign == .stamp && line.features.weight > 3 ? -15 : -6
        }
    }

    static let lineCost = 10.0

    /// Line scores where a prose line alone between non-prose lines counts for less: a
    /// teaser blurb between its headline and time stamp, unlike a paragraph among paragraphs.
    static func scores(_ lines: [JudgedLine]) -> [Double] {
        func isProse(_ i: Int) -> Bool {
            i >= 0 && i < lines.count && (lines[i].lineClass == .good || lines[i].lineClass == .nearGood)
        }
        return lines.indices.map { i in
            let s = score(lines[i])
            guard isProse(i), !isProse(skippingAds(lines, i, -1)), !isProse(skippingAds(lines, i, 1)) else { return s }
            // A live-blog entry under its bare time ("6:45 AM") is not a teaser.
            if i > 0, lines[i - 1].sign == .stamp || lines[i - 1].isTransparent, lines[i - 1].features.weight <= 3 { return s }
            if i > 1, lines[i - 2].sign == .entryTime, lines[i - 1].lineClass == .short { return s }
            return Double(lines[i].features.weight) * isolatedShare - lineCost
        }
    }

    static let isolatedShare = 0.5

    /// The neighbour of line `i` in direction `step`, looking through ad slot labels and entry times.
    static func skippingAds(_ lines: [JudgedLine], _ i: Int, _ step: Int) -> Int {
        var j = i + step
        while j >= 0 && j < lines.count && lines[j].isTransparent { j += step }
        return j
    }

    /// The body region of `lines`, or nil when no line reads as prose.
    static func find(in page: PageLines) -> BodyRegion? {
        let lines = page.records
        guard let run = maximumRun(scores(lines)) else { return nil }
        let (start, end) = extend(lines, run.0, run.1)
        guard lines[start..<end].contains(where: { $0.lineClass == .good }) else { return nil }
        let kept = Array(Set(refine(lines, start, end) + lists(page, start, end))).sorted()
        guard !kept.isEmpty else { return nil }
        return BodyRegion(start: start, end: end, kept: kept)
    }

    /// Kadane's algorithm: the half-open range with the largest positive sum.
    static func maximumRun(_ scores: [Double]) -> (Int, Int)? {
        var best = 0.0, bestRange: (Int, Int)? = nil
        var sum = 0.0, runStart = 0
        for (i, s) in scores.enumerated() {
            if sum <= 0 { sum = 0; runStart = i }
            sum += s
            if sum > best {
                best = sum
                bestRange = (runStart, i + 1)
            }
        }
        return bestRange
    }

    /// Keeps prose inside the run; keeps short lines only between prose on both sides.
    static func refine(_ lines: [JudgedLine], _ start: Int, _ end: Int) -> [Int] {
        var kept: [Int] = []
        for i in start..<end {
            switch lines[i].lineClass {
            case .good, .nearGood:
                kept.append(i)
            case .bad:
                continue
            case .short:
                if isProse(lines, from: i - 1, step: -1, limit: start) && isProse(lines, from: i + 1, step: 1, limit: end - 1) {
                    kept.append(i)
                }
            }
        }
        return kept
    }

    /// Whether the nearest non-short line from `index` in direction `step` is prose.
    private static func isProse(_ lines: [JudgedLine], from index: Int, step: Int, limit: Int) -> Bool {
        var i = index
        var hops = 0
        while step < 0 ? i >= limit : i <= limit {
            switch lines[i].lineClass {
            case .good, .nearGood: return true
            case .bad:
                if lines[i].isTransparent { i += step; continue }
                return false
            case .short:
                hops += 1
                if hops > 1 { return false }
            }
            i += step
        }
        return false
    }
}
