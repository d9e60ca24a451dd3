/// Edge refinement: prose just outside the run, and lists the article introduces.
extension BodyRegion {
    /// Grows the run over prose separated from it by at most one short line, as jusText
    /// re-classifies blocks from their neighbours; boilerplate lines stop the growth.
    static func extend(_ lines: [JudgedLine], _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var s = start, e = end
        while true {
            if s >= 1, lines[s - 1].isProse { s -= 1; continue }
            if s >= 2, lines[s - 1].lineClass == .short, lines[s - 2].isProse { s -= 2; continue }
            break
        }
        while true {
            if e < lines.count, lines[e].isProse { e += 1; continue }
            if e + 1 < lines.count, lines[e].isTransparent, lines[e + 1].isProse { e += 2; continue }
            if e + 2 < lines.count, lines[e].sign == .entryTime, lines[e + 1].lineClass == .short, lines[e + 2].isProse {
                e += 3
                continue
            }
            if e + 1 < lines.count, lines[e].lineClass == .short, lines[e + 1].isProse { e += 2; continue }
            break
        }
        return (s, e)
    }

    /// Lines of lists inside the run or introduced by a colon at its end: three or more
    /// short lines of one shape ("June 9 -- Venue, City"), none of them boilerplate.
    static func lists(_ lines: PageLines, _ start: Int, _ end: Int) -> [Int] {
        var found: [Int] = []
        var i = start
        let limit = min(lines.count, end + 2)
        while i < limit {
            let introduced = i > 0 && (lines[i - 1].features.endsWithColon
                || (lines[i - 1].isProse && i - 1 >= start && i < end)
                || (i - 1 == end && isHeading(lines, i - 1) && lines[end - 1].isProse))
            guard introduced, lines[i].lineClass == .short, let key = shape(lines.text(i)) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < lines.count, lines[j].lineClass != .bad, lines[j].features.weight <= 30, shape(lines.text(j)) == key {
                j += 1
            }
            if j - i >= 3 {
                if i - 1 >= end || i - 1 < start { found.append(i - 1) }
                found.append(contentsOf: i..<j)
            }
            i = j
        }
        return found
    }

    /// A short title line that may head a list ("Tour Dates"), but not one that heads links
    /// to other articles ("More Opinion", "Related coverage", "Most read").
    static func isHeading(_ lines: PageLines, _ i: Int) -> Bool {
        let line = lines[i]
        return line.lineClass == .short && line.features.weight <= 8 && !line.features.endsWithSentence
            && line.features.capitalisedShare >= 0.5 && !headsLinks(lines.text(i))
    }

    private static let linkHeadingWords: Set<String> = [
        "more", "related", "also", "read", "see", "most", "recommended", "latest", "top", "popular", "trending",
        "mehr", "weitere", "plus", "más", "lire", "leer", "lees", "altri", "ver", "voir",
    ]

    /// "RELATED: Council members split …", "Read the letters: A selection …": a link to
    /// another page, labelled by a link word and a colon within its first four words.
    static func isLinkLabel(_ lines: PageLines, _ i: Int) -> Bool {
        let bytes = lines.bytes(i)
        // First letters of the link words, then the colon on bytes: most lines stop here.
        guard let first = bytes.first else { return false }
        switch first | 0x20 {
        case 0x6D, 0x72, 0x61, 0x73, 0x6C, 0x74, 0x70, 0x77, 0x76: break
        default: return false
        }
        var words = 0
        var colon = false
        for byte in bytes.prefix(48) {
            if byte == 0x3A { colon = true; break }
            if byte == 0x20 { words += 1; if words >= 4 { return false } }
        }
        guard colon else { return false }
        let text = lines.text(i)
        return headsLinks(text) || text.hasPrefix("Watch") || text.hasPrefix("Listen") || text.hasPrefix("WATCH")
    }

    static func headsLinks(_ text: Substring) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first else { return false }
        return linkHeadingWords.contains(first.lowercased())
    }

    /// The shape of a list line: its bullet and the kinds of its first two words, or nil
    /// for one-word lines (menus are lists of single words).
    static func shape(_ text: Substring) -> Int? {
        var bullet = 0
        var kinds: [Int] = []
        var inWord = false
        for scalar in text.unicodeScalars {
            if kinds.isEmpty && !inWord {
                switch scalar.value {
                case 0x2022, 0x2D, 0x2A, 0x2013, 0xB7, 0x25AA: bullet = 1; continue
                default: break
                }
            }
            if TextLine.isBlank(scalar) {
                inWord = false
                if kinds.count == 2 { break }
                continue
            }
            if !inWord {
                inWord = true
                switch ScalarKind.of(scalar) {
                case .digit: kinds.append(1)
                case .upper: kinds.append(2)
                case .lower: kinds.append(3)
                default: kinds.append(4)
                }
                if kinds.count > 2 { break }
            }
        }
        guard kinds.count >= 2 || bullet == 1 else { return nil }
        return bullet * 100 + (kinds.first ?? 0) * 10 + (kinds.count > 1 ? kinds[1] : 0)
    }
}
