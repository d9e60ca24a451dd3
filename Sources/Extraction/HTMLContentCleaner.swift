/// Decides which parts inside the chosen container are not article: Readability's
/// "clean conditionally", plus the page's own furniture hints.
struct HTMLContentCleaner {
    let doc: HTMLDocument
    let stats: HTMLTextStats

    /// Whether the subtree at `i`, inside a container holding `rootText` characters, is dropped.
    func drops(_ i: Int, rootText: Int32) -> Bool {
        let node = doc.nodes[i]
        if node.tag == .text { return false }
        let sums = stats.sums[i]
        let share = rootText > 0 ? Double(sums.text) / Double(rootText) : 0
        if node.flags.contains(.articleBody) { return false }
        // An embedded post or quotation (a tweet in a "social-embed" box) is part of the story.
        if sums.quoted * 10 >= sums.text * 6 && sums.text >= 40 && !node.flags.contains(.comments) { return false }
        if node.flags.contains(.comments) && share < 0.8 { return true }
        if node.tag == .h1 { return true }
        if node.tag == .figure || node.tag == .figcaption { return true }
        if node.tag.isFurniture || node.flags.contains(.furniture) { return share < 0.5 }
        if node.hint < 0 && share < 0.5 { return true }
        if node.flags.contains(.byline) && share < 0.2 { return true }
        switch node.tag {
        case .div, .section, .ul, .ol, .dl, .table, .header, .center, .details:
            break
        default:
            return false
        }
        if sums.commas >= 10 { return false }
        let isList = node.tag == .ul || node.tag == .ol || node.tag == .dl
        let p = Double(sums.paragraphs), img = Double(sums.images), li = Double(sums.listItems) - 100
        let density = stats.linkDensity(i)
        let weight = Int(node.hint)
        if img > 1 && p / img < 0.5 { return true }
        if !isList && li > p { return true }
        if !isList && sums.text < 25 && (img == 0 || img > 2) && sums.headings == 0 { return true }
        if weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if isList && density > 0.5 { return true }
        return false
    }
}
