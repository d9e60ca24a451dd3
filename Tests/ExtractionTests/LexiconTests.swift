import Foundation
import Testing
import TestSupport
@testable import Extraction

@Suite struct NoiseLexiconTests {
    @Test func phrasesMatchWholeLinesIgnoringCaseAndEdgePunctuation() {
        let lexicon = NoiseLexicon(text: "# comment\nLearn more\n")
        #expect(lexicon.matches("LEARN MORE »"))
        #expect(lexicon.matches("  Learn   more: "))
        #expect(!lexicon.matches("Learn more about the council's plan for the harbour"))
    }

    @Test func starredPhrasesMatchAsPrefixes() {
        let lexicon = NoiseLexicon(text: "popular on*\n")
        #expect(lexicon.matches("Popular On CIO.com"))
        #expect(!lexicon.matches("Unpopular on Mondays"))
    }

    @Test func digitsMatchAnyNumber() {
        let lexicon = NoiseLexicon(text: "# a comment line\n0 comments\n")
        #expect(lexicon.matches("34 Comments"))
        #expect(lexicon.matches("1 comments"))
        #expect(!lexicon.matches("a comment line"))
    }
}

@Suite struct LineFeatureTests {
    @Test func cjkTextIsMeasuredInCharacters() {
        let f = LineFeatures("市立図書館は来月から、平日の夜十時まで開館時間を延長すると発表した。")
        #expect(f.cjk > 20)
        #expect(f.weight >= 10)
        #expect(f.endsWithSentence)
    }

    @Test func ellipsisEndingsAreTeasers() {
        #expect(LineFeatures("makes it easy to find events coming...").endsWithEllipsis)
        #expect(LineFeatures("makes it easy to find events coming…").endsWithEllipsis)
        #expect(!LineFeatures("It ends well.").endsWithEllipsis)
    }

    @Test func fileNameLikeLabelsAreRecognised() {
        let classifier = LineClassifier(lexicon: NoiseLexicon())
        for label in ["img 0827", "pcxpo1", "iphone7plus", "twitter logo", "photo_12.jpg"] {
            #expect(classifier.isFileNameLike(LineFeatures(label[...])), "\(label)")
        }
        for line in ["Learn more", "Featured Stories", "The mayor spoke."] {
            #expect(!classifier.isFileNameLike(LineFeatures(line[...])), "\(line)")
        }
    }

    @Test func legalFormulasAreRecognisedButLegalWordsAloneAreNot() {
        let classifier = LineClassifier(lexicon: NoiseLexicon())
        let footer = "Copyright 2019 Harbour Media. All rights reserved."
        #expect(classifier.isLegal(LineFeatures(footer[...])))
        let prose = "The law protects the voting rights of registered voters and was reserved for a later session."
        #expect(!classifier.isLegal(LineFeatures(prose[...])))
        let piracy = "The list names markets that enable copyright piracy and trademark counterfeiting."
        #expect(!classifier.isLegal(LineFeatures(piracy[...])))
    }

    /// Letters folded into the token hash eight at a time hash as they do one by one, so long
    /// words, words split across the scan's paths ("a.m", "don't") and the word lists agree.
    @Test func wordsHashTheSameWholeOrLetterByLetter() {
        let word: [UInt8] = Array("subscriptionnewsletter".utf8)
        var w: UInt64 = 0
        for (i, b) in word.prefix(8).enumerated() { w |= UInt64(b) << (8 * UInt64(i)) }
        for count in 1...8 {
            let bytewise = word.prefix(count).reduce(StopWords.seed) { StopWords.mix($0, UInt32($1)) }
            #expect(StopWords.absorb(StopWords.seed, w, count: count) == bytewise, "\(count)")
        }
        for k in 1...8 {
            #expect(StopWords.power(k) == (0..<k).reduce(1) { p, _ in p &* StopWords.prime }, "\(k)")
        }
        #expect(LineFeatures("Subscribe to our newsletters, or unsubscribe"[...]).promoWords == 3)
        #expect(LineFeatures("At 9 a.m. the council met"[...]).stopWords == LineFeatures("At 9 am the council met"[...]).stopWords)
    }
}

@Suite struct LexiconPrefilterTests {
    /// The phrases of the bundled lexicon, as written.
    static let phrases: [String] = {
        let url = Fixture.repository.appendingPathComponent("Resources/lexicon/boilerplate-en.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }()

    /// Lines a phrase should match, written the ways pages write them.
    static func variants(of phrase: String) -> [String] {
        let bare = phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
        var lines = [bare, bare.uppercased(), bare.capitalized, bare + ":", "» " + bare, "• " + bare + " »",
                     bare.replacingOccurrences(of: "'", with: "\u{2019}"), bare.replacingOccurrences(of: "0", with: "34"),
                     bare.replacingOccurrences(of: "0", with: "#"), "#" + bare, "  " + bare + " ...", bare + " and more words"]
        lines.append(bare.replacingOccurrences(of: " ", with: "  "))
        return lines
    }

    @Test func everyLineTheLexiconMatchesPassesTheFeaturePrefilter() throws {
        let lexicon = Fixture.lexicon
        var matched = 0
        var lines = Self.phrases.flatMap(Self.variants)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.directory.path) where name.hasSuffix(".txt") {
            lines += try Fixture.text(name).split(whereSeparator: \.isNewline).map(String.init)
        }
        for line in lines {
            let trimmed = TextLine.trim(line[...])
            guard lexicon.matches(trimmed) else { continue }
            matched += 1
            #expect(lexicon.mayMatch(LineFeatures(trimmed)), "\(line)")
        }
        #expect(matched > 500)
    }

    @Test func mostLinesAreRuledOutByTheirFirstToken() {
        let lexicon = Fixture.lexicon
        #expect(!lexicon.mayMatch(LineFeatures("Council members voted on Tuesday to close the bridge.")))
        #expect(!lexicon.mayMatch(LineFeatures("Harbour Bridge reopens after repairs")))
        #expect(lexicon.mayMatch(LineFeatures("Related Stories")))
        #expect(lexicon.mayMatch(LineFeatures("12 Comments")))
    }
}

extension LexiconPrefilterTests {
    private static let phraseAlphabet = ["a", "b", "c", "A", "B", "é", "É", "ü", "1", "2", "0", "#", "'", "\u{2019}", ".", "/",
                                         "_", "@", "-", ":", "*", " ", " ", " ", "中", "»", "…", "(", ")", "\u{301}", "П", "п", "!"]
    private static let edges = [":", "|", "»", "›", "…", "*", "-", "–", "—", ">", "•", "·", ".", "!", "+"]
    private static let blanks = [" ", "\t", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2003}"]

    /// `phrase` written the way a page might: case flipped, digit runs changed, apostrophes and
    /// blanks swapped, edge punctuation around it, words after it.
    private static func writtenLikeAPage(_ phrase: String, _ random: inout SeededGenerator) -> String {
        var out = Bool.random(using: &random) ? (edges + blanks).randomElement(using: &random)! : ""
        for scalar in phrase.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39: out += ["5", "12", "#", String(scalar)].randomElement(using: &random)!
            case 0x27, 0x2019: out += Bool.random(using: &random) ? "'" : "\u{2019}"
            case 0x20: out += blanks.randomElement(using: &random)!
            case 0x61...0x7A, 0xE0...0xFE: out += String(Unicode.Scalar(Bool.random(using: &random) ? v - 32 : v)!)
            case 0x41...0x5A, 0xC0...0xDE: out += String(Unicode.Scalar(Bool.random(using: &random) ? v + 32 : v)!)
            default: out += String(scalar)
            }
        }
        if Bool.random(using: &random) { out += edges.randomElement(using: &random)! }
        if Bool.random(using: &random) { out += " " + ["more", "x y", "1", "中"].randomElement(using: &random)! }
        return out
    }

    @Test func randomPhrasesWrittenLikePagesPassThePrefilterWheneverTheyMatch() {
        var random = SeededGenerator(seed: 9)
        var matched = 0
        for _ in 0..<10_000 {
            var phrase = (0..<Int.random(in: 1...8, using: &random)).map { _ in Self.phraseAlphabet.randomElement(using: &random)! }.joined()
            if Bool.random(using: &random) { phrase += "*" }
            let lexicon = NoiseLexicon(text: phrase)
            guard lexicon.phraseCount > 0 else { continue }
            for _ in 0..<4 {
                let line = TextLine.trim(Self.writtenLikeAPage(phrase, &random)[...])
                for scope in [NoiseLexicon.Scope.all, .prefixes, .longPrefixes] where lexicon.matches(line, scope: scope) {
                    matched += 1
                    #expect(lexicon.mayMatch(LineFeatures(line)), "phrase \(phrase.debugDescription) line \(line.debugDescription)")
                }
            }
        }
        #expect(matched > 1_000)
    }
}
