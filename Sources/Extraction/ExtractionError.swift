/// Why a page gave no article. Each message names what is wrong and what to do.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file holds no bytes, or only whitespace.
    case empty
    /// The bytes are not text (NUL bytes or other binary content).
    case binary
    /// The page was read but holds no article: navigation, promos and links only.
    case noArticle
    /// The page is larger than the extractor accepts.
    case tooLarge(bytes: Int, limit: Int)
    /// The page holds more elements than any article page needs (hostile or broken markup).
    case tooManyElements(limit: Int)
    /// The page nests elements deeper than any article page does (hostile or broken markup).
    case nestedTooDeep(limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "the page is empty"
        case .binary:
            return "the file is binary, not a text or HTML page"
        case .noArticle:
            return "no article found: the page holds only navigation, links or promos"
        case let .tooLarge(bytes, limit):
            return "the page is \(bytes) bytes; pages over \(limit) bytes are skipped"
        case let .tooManyElements(limit):
            return "the page has more than \(limit) HTML elements, far more than an article needs; skipped (check the file is a saved page)"
        case let .nestedTooDeep(limit):
            return "the page nests HTML elements more than \(limit) deep, far more than an article needs; skipped (check the file is a saved page)"
        }
    }
}

/// Something worth telling the user about a page that was still extracted.
public enum ExtractionWarning: Equatable, Sendable, CustomStringConvertible {
    /// Bytes that were not valid UTF-8 were replaced with U+FFFD.
    case invalidUTF8(replaced: Int)
    /// The page was decoded with a fallback encoding.
    case decodedAs(encoding: String)
    /// Bytes that the page's declared charset does not allow were replaced with U+FFFD.
    case invalidBytes(charset: String, replaced: Int)
    /// Most bytes did not fit the declared charset, so the page was decoded as undeclared.
    case charsetMismatch(declared: String, decodedAs: String)

    public var description: String {
        switch self {
        case let .invalidUTF8(n):
            return "\(n) invalid UTF-8 sequence\(n == 1 ? "" : "s") replaced with U+FFFD"
        case let .decodedAs(encoding):
            return "not valid UTF-8; decoded as \(encoding)"
        case let .invalidBytes(charset, n):
            return "\(n) byte\(n == 1 ? "" : "s") not valid in the declared charset \(charset) replaced with U+FFFD"
        case let .charsetMismatch(declared, used):
            return "the page declares charset \(declared) but its bytes do not fit it; decoded as \(used)"
        }
    }
}
