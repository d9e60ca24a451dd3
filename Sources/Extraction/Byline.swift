/// Recognises bylines ("By Jane Doe and John Roe, Staff Writer"), author roles
/// ("Senior U.S. Correspondent, IDG News Service") and photo credits ("Credit: Alibaba").
enum Byline {
    /// What a byline line says: names and the role after them.
    struct Parsed: Equatable {
        var authors: [String]
        var role: String?
    }

    /// Words that open a byline; the line's features say whether its first word is one of them.
    private static let byWords = ["by ", "von ", "par ", "por ", "door ", "author: ", "autor: ", "author ", "autor "]
    private static let roleWords = [
        "correspondent", "reporter", "editor", "writer", "columnist", "contributor", "news service",
        "redakteur", "redakteurin", "korrespondent", "journalist", "chefredakteur", "staff", "producer",
        "记者", "編集", "記者",
    ]
    private static let creditWords = [
        "credit:", "credits:", "photo:", "photos:", "image:", "images:", "photograph:", "picture:", "foto:", "bild:",
        "(image:", "(photo:", "(photo", "(credit", "image copyright", "photo credit", "image credit", "copyright ",
        "getty images", "©", "(c) ", "source: getty", "illustration:",
        "photographs by ", "photos by ", "photo by ", "pictures by ", "images by ", "photography by ",
    ]

    /// Whether `line` is a byline or author-role line.
    static func parse(_ line: Substring, _ f: LineFeatures) -> Parsed? {
        if f.cjk > 0, f.weight <= 10, let name = cjkLabelledName(line) { return Parsed(authors: [name], role: nil) }
        if !f.startsWithBy, f.weight <= 8, let names = labelledNames(line) { return Parsed(authors: names, role: nil) }
        guard f.weight <= 16, !f.endsWithEllipsis, f.startsWithBy || f.roleWords > 0 || f.cjk > 0 else { return nil }
        // Lower-cased only when a test below reads it.
        let lower = f.startsWithBy || (f.roleWords == 0 && f.cjk > 0) ? line.lowercased() : ""
        for word in byWords where f.startsWithBy && lower.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            let names = authorNames(rest)
            guard !names.isEmpty else { return nil }
            return Parsed(authors: names, role: role(after: rest))
        }
        let cjkRole = f.roleWords == 0 && f.cjk > 0 && mayHoldRoleWord(lower) && roleWords.contains(where: { lower.contains($0) })
        if f.roleWords > 0 || cjkRole, f.sentenceMarks <= 3, !f.endsWithSentence || f.weight <= 8 {
            // "Dana Whitlock, Business Correspondent, Metro Wire": a name before the role.
            if let comma = line.firstIndex(of: ","), let name = authorNames(line[..<comma]).first,
               name.split(separator: " ").count >= 2, name.count == line[..<comma].trimmingSpaces.count {
                let role = trimEdges(line[line.index(after: comma)...])
                return Parsed(authors: [name], role: role.isEmpty ? nil : role)
            }
            let role = trimEdges(line)
            return role.isEmpty ? nil : Parsed(authors: [], role: role)
        }
        return nil
    }

    /// False when no role word can be in `lower` by `Character` comparison, judged on bytes: the
    /// generic `contains` compares `Character`s and cost more than the rest of the byline test.
    ///
    /// A `Character` match needs the word's bytes in the line, except through a canonically
    /// equivalent spelling: no scalar of a lower-cased line other than ASCII equals an ASCII
    /// letter or space, but CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) equal
    /// unified ones, so a line holding one goes to the `Character` test.
    private static func mayHoldRoleWord(_ lower: String) -> Bool {
        var copy = lower
        return copy.withUTF8 { bytes in
            for i in bytes.indices.dropLast() {
                let b = bytes[i], next = bytes[i + 1]
                if (b == 0xEF && next >= 0xA4 && next <= 0xAB) || (b == 0xF0 && next == 0xAF) { return true }
            }
            return roleWordBytes.contains { word in
                word.withUnsafeBufferPointer { ByteWords.contains(bytes, $0) }
            }
        }
    }

    private static let roleWordBytes: [[UInt8]] = roleWords.map { Array($0.utf8) }

    /// "Text by Grace Collins", "Words and pictures by …": one or two label words before "by".
    /// Photo labels ("Photographs by …") are credits, not bylines.
    private static func labelledNames(_ line: Substring) -> [String]? {
        guard ByteWords.contains(line, " by ") else { return nil }
        let words = line.split(separator: " ", maxSplits: 4)
        guard words.count >= 3, words[0].first?.isUppercase == true else { return nil }
        for at in 1...min(3, words.count - 2) where words[at].lowercased() == "by" {
            let label = words[0..<at].map { $0.lowercased() }
            guard !label.contains(where: { ["photo", "photos", "photographs", "photography", "pictures", "images", "video", "illustration", "illustrations"].contains($0) })
            else { return nil }
            let rest = line[words[at + 1].startIndex...]
            let names = authorNames(rest)
            guard !names.isEmpty, names.joined(separator: " ").count * 2 >= rest.count else { return nil }
            return names
        }
        return nil
    }

    /// Labels that open a CJK byline ("作者：王丽娟", "文・写真　中村 彩"): author, reporter, text, photos.
    private static let cjkLabels: [String] = ["作者", "记者", "記者", "撰文", "编辑", "編集", "文", "写真", "摄影", "撮影"]
    private static let cjkSeparators: Set<Character> = ["：", ":", "／", "/", "・", "　", " ", "｜", "|"]

    /// The name after one or more CJK byline labels, each followed by a separator.
    private static func cjkLabelledName(_ line: Substring) -> String? {
        var rest = line
        var labels = 0
        var last: Character = "・"
        while let label = cjkLabels.first(where: { rest.hasPrefix($0) }) {
            let after = rest.dropFirst(label.count)
            guard let sep = after.first, cjkSeparators.contains(sep) else { break }
            rest = after.drop(while: { cjkSeparators.contains($0) })
            last = rest.isEmpty ? sep : after[after.index(before: rest.startIndex)]
            labels += 1
        }
        let name = TextLine.trim(rest)
        // "・" joins labels ("文・写真"); a name follows a colon, slash or space ("写真・動画" is a menu item).
        guard labels > 0, last != "・", name.count >= 2, name.count <= 12,
              name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "　" || $0 == "·" || $0 == "." }) else { return nil }
        return String(name)
    }

    /// Whether `line` is a photo caption credit.
    static func isCredit(_ line: Substring, _ f: LineFeatures) -> Bool {
        guard f.weight <= 20, f.length >= 4 else { return false }
        switch line.unicodeScalars.first!.value {
        case 0x43, 0x63, 0x50, 0x70, 0x49, 0x69, 0x28, 0x47, 0x67, 0xA9, 0x53, 0x73, 0x46, 0x66, 0x42, 0x62: break
        default: return false
        }
        var copy = line
        if let ascii = copy.withUTF8(asciiCredit) { return ascii }
        // The longest credit word has 15 characters; lower-casing is per scalar, so a prefix will do.
        let lower = line.prefix(40).lowercased()
        return creditWords.contains(where: { lower.hasPrefix($0) })
    }

    /// The ASCII credit words as bytes, for ``asciiCredit(_:)``.
    private static let asciiCreditWords: [[UInt8]] = creditWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// ``isCredit(_:_:)``'s answer from bytes, or nil when only the `Character` test can tell.
    ///
    /// Lower-casing maps ASCII bytes to ASCII bytes in place, and no other scalar lower-cases to
    /// (or is canonically equivalent to) a letter, digit or sign of the ASCII credit words, so a
    /// word matches exactly when the line's first bytes case-fold to it and the byte after them
    /// starts a new `Character` (an ASCII byte, or the end). A non-ASCII byte there, or a line
    /// opening with `©`, takes the `Character` test.
    private static func asciiCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first, first < 0x80 else { return nil }
        var undecided = false
        for word in asciiCreditWords where word.count <= bytes.count {
            var k = 0
            while k < word.count {
                let b = bytes[k]
                guard word[k] == (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) else { break }
                k += 1
            }
            guard k == word.count else { continue }
            if word.count == bytes.count || bytes[word.count] < 0x80 { return true }
            undecided = true
        }
        return undecided ? nil : false
    }

    private static let joiners = ["and", "und", "&", "et", "y", "e", "en"]

    /// Leading names: capitalised words, joined by "and", "und", "&" or commas; stops at anything else.
    static func authorNames(_ text: Substring) -> [String] {
        var names: [String] = []
        var current: [Substring] = []
        func close() {
            if current.count >= 1 && current.count <= 4 { names.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in text.split(separator: " ") {
            var word = raw
            let endsName = word.hasSuffix(",")
            if endsName { word = word.dropLast() }
            // Only ASCII letters lower-case to ASCII joiners, so longer words skip the copy.
            if word.utf8.count <= 3 && joiners.contains(word.lowercased()) {
                close()
                continue
            }
            guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }) else {
                break
            }
            current.append(word)
            if endsName { close() }
            if current.count > 4 { current = []; break }
        }
        close()
        return names.filter { name in
            !name.split(separator: " ").contains { StopWords.flags(hash: StopWords.hash(String($0))) & StopWords.Flag.role != 0 }
        }
    }

    private static func role(after text: Substring) -> String? {
        guard let comma = text.firstIndex(of: ",") else { return nil }
        let role = trimEdges(text[text.index(after: comma)...])
        return role.isEmpty ? nil : role
    }

    /// `text` without surrounding spaces and separators (`|`, `-`, `•`).
    static func trimEdges(_ text: Substring) -> String {
        let edge: Set<Character> = [" ", "|", "-", "–", "—", "•", "·", ",", ":"]
        var s = text
        while let c = s.first, edge.contains(c) { s = s.dropFirst() }
        while let c = s.last, edge.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring { TextLine.trim(self) }
}
