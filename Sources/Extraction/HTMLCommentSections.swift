/// Finds a page's reader comments by their structure, so they are gone before the article
/// is chosen: comments are prose too, and a long thread outweighs the post it follows.
///
/// A comment section is any of:
/// - an element whose `class`/`id` names comments (``HTMLDocument/Flags/comments``), unless it
///   holds the page's headline or its `articleBody` (a wrapper such as `post-with-comments`);
/// - a heading such as "12 Comments", "3 thoughts on …" or "Leave a reply", with what follows
///   it in its parent (or that parent, when the heading opens it);
/// - sibling blocks that each carry a reply link ("Reply", "Antworten", "Répondre"…), as
///   every comment of a thread does, while an article's paragraphs do not.
///
/// Structural finds are flagged ``HTMLDocument/Flags/comments`` in the document, so the
/// scorer and the cleaner treat them as they treat named comment sections.
struct HTMLCommentSections {
    /// Per node, whether it lies inside a comment section.
    private(set) var inside: [Bool]
    /// Whether any node lies inside a comment section.
    private(set) var any = false

    /// Flags the structural comment sections of `doc` and records every section's extent.
    init(_ doc: inout HTMLDocument, stats: HTMLTextStats) {
        let count = doc.nodes.count
        inside = []
        var replyLinks: [Int] = []
        var headings: [Int] = []
        var flagged = false
        var buffer: [UInt8] = []
        for i in 0..<count {
            let node = doc.nodes[i]
            if node.flags.contains(.comments) { flagged = true }
            switch node.tag {
            case .a:
                let length = stats.sums[i].text
                guard length >= 4 && length <= 24 else { break }
                buffer.removeAll(keepingCapacity: true)
                for j in i..<Int(node.end) where doc.nodes[j].tag == .text { doc.appendText(of: j, to: &buffer) }
                if Self.isReplyLabel(buffer) { replyLinks.append(i) }
            case .h1, .h2, .h3, .h4, .h5, .h6:
                let length = stats.sums[i].text
                if length >= 7 && length <= 80 && stats.sums[i].link * 2 < length
                    && Self.isCommentHeading(doc.text(of: i)) {
                    headings.append(i)
                }
            default: break
            }
        }
        guard flagged || !replyLinks.isEmpty || !headings.isEmpty else { return }
        for heading in headings { Self.flagSection(after: heading, in: &doc, stats: stats) }
        if replyLinks.count >= 2 {
            Self.flagRepliedSiblings(replyLinks, in: &doc)
        } else if let link = replyLinks.first {
            Self.flagLoneComment(link, in: &doc, stats: stats)
        }
        markExtents(doc)
    }

    /// Records which nodes lie inside a flagged section that is not the article's wrapper.
    private mutating func markExtents(_ doc: HTMLDocument) {
        let count = doc.nodes.count
        // Whether a subtree holds the headline or the marked article body.
        var holdsArticle = [Bool](repeating: false, count: count)
        var i = count - 1
        while i >= 0 {
            let node = doc.nodes[i]
            if node.tag == .h1 || node.flags.contains(.articleBody) { holdsArticle[i] = true }
            let parent = Int(node.parent)
            if holdsArticle[i] && parent >= 0 { holdsArticle[parent] = true }
            i -= 1
        }
        inside = [Bool](repeating: false, count: count)
        for i in 0..<count {
            let node = doc.nodes[i]
            let parent = Int(node.parent)
            if parent >= 0 && inside[parent] {
                inside[i] = true
            } else if node.flags.contains(.comments) && !holdsArticle[i] && node.tag != .body && node.tag != .html {
                inside[i] = true
                any = true
            }
        }
    }

    /// Flags the section a comment heading opens: its parent when the heading comes first
    /// there, else the heading and its following siblings.
    private static func flagSection(after heading: Int, in doc: inout HTMLDocument, stats: HTMLTextStats) {
        var start = heading
        // Climb out of wrappers that hold nothing but the heading.
        while true {
            let parent = Int(doc.nodes[start].parent)
            guard parent >= 0, doc.nodes[parent].tag != .body,
                  stats.sums[parent].text == stats.sums[start].text else { break }
            start = parent
        }
        let parent = Int(doc.nodes[start].parent)
        guard parent >= 0 else { return }
        var before: Int32 = 0
        var child = parent + 1
        while child < start {
            before += stats.sums[child].text
            child = max(Int(doc.nodes[child].end), child + 1)
        }
        if before == 0 && doc.nodes[parent].tag != .body && doc.nodes[parent].tag != .html {
            doc.nodes[parent].flags.insert(.comments)
            return
        }
        let end = Int(doc.nodes[parent].end)
        child = start
        while child < end {
            if doc.nodes[child].tag != .text { doc.nodes[child].flags.insert(.comments) }
            child = max(Int(doc.nodes[child].end), child + 1)
        }
    }

    /// Flags each child, of any element with two or more such children, that holds a reply link.
    private static func flagRepliedSiblings(_ links: [Int], in doc: inout HTMLDocument) {
        // For each link, the children of its ancestors on the way up, by ancestor.
        var holders: [Int: Set<Int>] = [:]
        for link in links {
            var child = link
            var parent = Int(doc.nodes[link].parent)
            while parent >= 0 {
                holders[parent, default: []].insert(child)
                child = parent
                parent = Int(doc.nodes[parent].parent)
            }
        }
        for (_, children) in holders where children.count >= 2 {
            for child in children where doc.nodes[child].tag != .text && doc.nodes[child].tag != .a {
                doc.nodes[child].flags.insert(.comments)
            }
        }
    }

    /// Flags the one comment holding a lone reply link: its smallest ancestor with more text.
    private static func flagLoneComment(_ link: Int, in doc: inout HTMLDocument, stats: HTMLTextStats) {
        var item = Int(doc.nodes[link].parent)
        while item >= 0 && stats.sums[item].text <= stats.sums[link].text { item = Int(doc.nodes[item].parent) }
        guard item >= 0, doc.nodes[item].tag != .body, doc.nodes[item].tag != .html else { return }
        doc.nodes[item].flags.insert(.comments)
    }

    // MARK: - Labels

    /// Whether a link's UTF-8 text is a comment's reply button ("Reply", "Reply ↓", "Antworten").
    static func isReplyLabel(_ text: [UInt8]) -> Bool {
        var bytes = text
        HTMLText.lowercaseASCII(&bytes)
        // Trim ASCII that is not a letter, and arrows (U+2190…U+21FF), from both ends.
        func isEdge(_ b: UInt8) -> Bool { b < 0x80 && !(0x61...0x7A).contains(b) }
        while let last = bytes.last {
            if isEdge(last) {
                bytes.removeLast()
            } else if bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && (bytes[bytes.count - 2] & 0xFE) == 0x86 {
                bytes.removeLast(3)
            } else {
                break
            }
        }
        guard let start = bytes.firstIndex(where: { !isEdge($0) }) else { return false }
        let label = Array(bytes[start...])
        return replyLabels.contains(label) || label.starts(with: replyToPrefix)
    }

    /// Whether a heading's text opens a comment section: "12 Comments", "One thought on …",
    /// "Comments (3)", "Leave a Reply".
    static func isCommentHeading(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first, words.count <= 12 else { return false }
        if commentLeads.contains(where: { words.starts(with: $0) }) { return words.count <= 5 }
        let counted = Int(first) != nil || numberWords.contains(first) || first == "no"
        guard counted, words.count >= 2 else { return commentNouns.contains(first) && words.count <= 2 }
        guard commentNouns.contains(words[1]) else { return false }
        // "12 Comments", or "3 thoughts on …": not "Ten responses from the industry".
        return words.count <= 3 || ["on", "to", "zu", "sur", "su"].contains(words[2])
    }

    private static let replyLabels: Set<[UInt8]> = Set([
        "reply", "replies", "antworten", "répondre", "responder", "rispondi", "beantwoorden",
        "svara", "svar", "odpowiedz", "odpowiedź", "ответить", "返信", "回复", "回覆", "답글", "답글쓰기",
    ].map { Array($0.utf8) })

    private static let replyToPrefix = Array("reply to ".utf8)

    private static let commentNouns: Set<String> = [
        "comment", "comments", "thought", "thoughts", "response", "responses", "reply", "replies",
        "reaction", "reactions", "kommentar", "kommentare", "commentaire", "commentaires", "comentario",
        "comentarios", "commento", "commenti", "reacties", "komentarze",
    ]

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    private static let commentLeads: [[String]] = [
        ["leave", "a", "reply"], ["leave", "a", "comment"], ["leave", "a", "response"], ["post", "a", "comment"],
        ["add", "a", "comment"], ["write", "a", "comment"], ["join", "the", "discussion"], ["join", "the", "conversation"],
        ["reader", "comments"], ["comments", "are", "closed"], ["schreibe", "einen", "kommentar"],
        ["laisser", "un", "commentaire"], ["deja", "un", "comentario"],
    ]
}
