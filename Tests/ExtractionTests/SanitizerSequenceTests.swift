import TestSupport
import Testing
@testable import Extraction

/// The sanitiser removes escape sequences, never the text around them.
@Suite struct SanitizerSequenceTests {
    /// A paragraph of 356 characters, the length of the one that once lost its second half.
    private static let paragraph = String(repeating: "Plain words of an article body, with commas. ", count: 8)
        .dropLast(4).description

    static let introducers = [
        "\u{90}", "\u{98}", "\u{9D}", "\u{9E}", "\u{9F}", "\u{1B}]", "\u{1B}P", "\u{1B}X", "\u{1B}^", "\u{1B}_",
    ]

    @Test("One unterminated string introducer drops only itself, not the rest of the paragraph",
          arguments: introducers)
    func unterminatedIntroducer(introducer: String) {
        #expect(Self.paragraph.count == 356)
        let middle = Self.paragraph.index(Self.paragraph.startIndex, offsetBy: 177)
        let hostile = String(Self.paragraph[..<middle]) + introducer + String(Self.paragraph[middle...])
        #expect(TextSanitizer.clean(hostile) == Self.paragraph)
    }

    @Test("A string is removed up to its terminator, whichever of BEL, ST or ESC \\ ends it",
          arguments: introducers)
    func terminatedString(introducer: String) {
        for terminator in ["\u{7}", "\u{9C}", "\u{1B}\\"] {
            #expect(TextSanitizer.clean("a" + introducer + "0;title" + terminator + "b") == "ab")
        }
    }

    @Test("A CSI sequence is removed whole, and a character that cannot continue it stays")
    func csiSequences() {
        #expect(TextSanitizer.clean("a\u{1B}[31mb\u{9B}2Jc\u{1B}[?25ld") == "abcd")
        #expect(TextSanitizer.clean("a\u{1B}[1é") == "aé")
        #expect(TextSanitizer.clean("a\u{9B}12\nb") == "a b")
        #expect(TextSanitizer.clean("a\u{1B}[3") == "a")
    }

    @Test("ESC before a character that starts no sequence goes alone")
    func escapeAlone() {
        #expect(TextSanitizer.clean("a\u{1B}éb") == "aéb")
        #expect(TextSanitizer.clean("a\u{1B}\u{1B}[1mb") == "ab")
        #expect(TextSanitizer.clean("a\u{1B}(Bb\u{1B}cd") == "abd")
    }

    @Test("Many stray introducers cost one look-ahead, not one per introducer")
    func manyIntroducersStayLinear() {
        let hostile = String(repeating: "x\u{9D}", count: 200_000)
        #expect(TextSanitizer.clean(hostile) == String(repeating: "x", count: 200_000))
    }

    @Test("Random text and sequences: no control survives, and every character outside a terminated sequence does")
    func randomMixes() {
        var rng = SeededGenerator(seed: 4_2026)
        for _ in 0..<3000 {
            let pieces = (0..<Int.random(in: 1...14, using: &rng)).map { _ in SequencePiece.all.randomElement(using: &rng)! }
            let text = pieces.map(\.text).joined()
            let cleaned = TextSanitizer.clean(text)
            #expect(TextSanitizer.isClean(cleaned), "\(text.debugDescription)")
            #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(cleaned == SequencePiece.expected(pieces), "\(text.debugDescription)")
        }
    }
}

/// A piece of a random sanitiser input, with what it leaves.
private struct SequencePiece {
    enum Kind { case text, space, sequence, introducer, terminator }
    var text: String
    var kind: Kind

    static let all: [SequencePiece] =
        ["river", "中文", "Ünï", "e\u{301}", "🙂", "[1]", "x;y", "\\", "P", "]", "^_", "42m", "0;t"].map { .init(text: $0, kind: .text) }
        + [" ", "\t", "\n", "\u{85}", "\u{A0}"].map { .init(text: $0, kind: .space) }
        + ["\u{1B}[31m", "\u{9B}2J", "\u{1B}[?25l", "\u{1B}]0;title\u{7}", "\u{1B}]52;c;aGk=\u{1B}\\",
           "\u{9D}8;;http://x\u{9C}", "\u{1B}Pq#0\u{1B}\\", "\u{98}sos\u{9C}", "\u{9E}pm\u{7}", "\u{9F}apc\u{1B}\\",
           "\u{1B}c", "\u{1B}(B", "\u{1B}7", "\u{0}", "\u{202E}", "\u{FEFF}"].map { .init(text: $0, kind: .sequence) }
        + SanitizerSequenceTests.introducers.map { .init(text: $0, kind: .introducer) }
        + ["\u{7}", "\u{9C}"].map { .init(text: $0, kind: .terminator) }

    /// True if the piece holds a string terminator (BEL, ST or `ESC \`).
    var terminates: Bool {
        text.unicodeScalars.contains { $0 == "\u{7}" || $0 == "\u{9C}" } || text.contains("\u{1B}\\")
    }

    /// What cleaning `pieces` must give, worked out piece by piece: a stray introducer takes
    /// everything up to the next piece holding a terminator, or only itself when none follows.
    static func expected(_ pieces: [SequencePiece]) -> String {
        var kept = ""
        var k = 0
        while k < pieces.count {
            let piece = pieces[k]
            if piece.kind == .introducer, let end = pieces[(k + 1)...].firstIndex(where: \.terminates) {
                k = end + 1
                continue
            }
            switch piece.kind {
            case .text: kept += piece.text
            case .space: kept += " "
            case .sequence, .introducer, .terminator: break
            }
            k += 1
        }
        return kept.split(separator: " ").joined(separator: " ")
    }
}
