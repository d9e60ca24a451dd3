/// The list order; `o` cycles through the cases in declaration order.
public enum Sort: String, Equatable, Hashable, Sendable, CaseIterable, Codable {
    /// Newest first (the default).
    case dateDescending
    /// Oldest first.
    case dateAscending
    /// By title, A to Z.
    case title
    /// In import order, most recently imported first.
    case imported

    /// The next order in the `o` cycle, wrapping around.
    public var next: Sort {
        let all = Sort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// What the status line calls it.
    public var label: String {
        switch self {
        case .dateDescending: "newest first"
        case .dateAscending: "oldest first"
        case .title: "by title"
        case .imported: "by import"
        }
    }
}
