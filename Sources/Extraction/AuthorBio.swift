/// Recognises an author bio ("Martyn Williams covers general technology news … He was
/// previously based in Tokyo.") and the name it opens with.
///
/// A bio opens with a name (two to four capitalised words) followed by a verb of the trade,
/// and speaks about the writer's work. It sits at the end of the article or just after it.
enum AuthorBio {
    private static let verbs: Set<String> = [
        "covers", "writes", "reports", "is", "has", "joined", "edits", "was", "ist", "schreibt", "berichtet", "war",
    ]

    /// The author's name when `line` reads as a bio, else nil.
    static func name(in line: Substring, _ f: LineFeatures) -> String? {
        guard f.weight >= 6, f.weight <= 120, f.endsWithSentence, f.bioWords > 0 else { return nil }
        let words = line.prefix(120).split(separator: " ")
        guard words.count > 3 else { return nil }
        for count in 2...4 where count < words.count && verbs.contains(words[count].lowercased()) {
            let name = words[0..<count]
            guard name.allSatisfy(isNameWord) else { return nil }
            return name.joined(separator: " ")
        }
        return nil
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
    }
}
