import Testing

@testable import Normalisation

/// The scalar and byte routes must answer exactly as the `Character` routes they stand in for.
@Suite("Single-scalar text")
struct SingleScalarTextTests {
    static let texts: [String] = [
        "", " ", "Referatet fra mø-", "  to  mellemrum ", "(jf. bilag 3),", "Børne- og Ungeudvalget",
        "15-17-årige «citat» – “anført” …", "Æblet ÅBNER Øje-", "x", "-", "--", "a-", "§ 17, stk. 4:", "½ time²",
        "İstanbul", "ÀÉÎÕÜ àéîõü ß ÿ", "• punkt", "€ 1.000,-", "e\u{301}tude", "a\u{AD}", "Kl.\u{2010}",
        "tab\there", "\u{2022}Tekst", "emoji 🙂 her", "→ pil", "CR\r\nLF", "noget\u{2013}andet",
    ]

    /// The words `DocumentVocabulary` counts, found the `Character` way.
    static func characterWords(_ text: String, skippingFirst: Bool) -> [String] {
        var tokens = text.split(separator: " ")
        if skippingFirst, !tokens.isEmpty { tokens.removeFirst() }
        return tokens.map(DocumentVocabulary.word).filter { $0.count > 1 && !$0.hasSuffix("-") }.map {
            $0.lowercased()
        }
    }

    @Test(arguments: texts)
    func holdsOnlyWhereScalarsAreCharacters(_ text: String) {
        var copy = text
        let bytes = copy.withUTF8 { SingleScalarWords.holds($0) }
        #expect(bytes == SingleScalarText.holds(text))
        if bytes { #expect(text.unicodeScalars.count == text.count) }
        #expect(SingleScalarText.characterCount(text) == text.count)
    }

    @Test(arguments: texts, [false, true])
    func wordsMatchTheCharacterRoute(_ text: String, skippingFirst: Bool) {
        var copy = text
        copy.withUTF8 { bytes in
            guard SingleScalarWords.holds(bytes) else { return }
            var words: [String] = []
            SingleScalarWords.forEach(in: bytes, skippingFirstToken: skippingFirst) {
                words.append(SingleScalarWords.lowercased($0, in: bytes))
            }
            #expect(words == Self.characterWords(text, skippingFirst: skippingFirst))
        }
    }

    @Test(arguments: texts)
    func tokensMatchSplit(_ text: String) {
        let tokens = text.split(separator: " ")
        #expect(text.firstSpaceToken == tokens.first ?? "")
        #expect(text.lastSpaceToken == tokens.last ?? "")
    }

    @Test func lowercasesEveryScalarAsLowercasedDoes() {
        let scalars =
            (0..<0x300).compactMap(Unicode.Scalar.init)
            + "\u{2010}\u{2013}\u{201C}\u{2022}\u{2026}\u{20AC}"
            .unicodeScalars
        for scalar in scalars where scalar != " " {
            var word = "A" + String(Character(scalar)) + "Ø"
            let lowered = word.withUTF8 { SingleScalarWords.lowercased(0..<$0.count, in: $0) }
            #expect(lowered == word.lowercased(), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func sortsAsStringsSort() {
        let words = [
            "æble", "aeble", "åen", "øre", "zebra", "abcdefghij", "abcdefgh", "abcdefghi", "abcdefgg", "", "a", "ab",
            "À", "ß", "ss", "é", "ea", "€", "–", "-", "1", "½", "abcdefgh\u{1}", "abcdefgh\u{0}",
        ]
        #expect(SingleScalarText.sortedInNFC(words) == words.sorted())
        #expect(SingleScalarText.sortedInNFC(words.reversed()) == words.sorted())
    }

    @Test(arguments: texts + ["a b", "æ ø", " ", "x \u{301}", "\u{600} x"])
    func findsSpacesAsContainsDoes(_ text: String) {
        #expect(LinkDumpFilter.containsSpace(text) == text.contains(" "))
    }

    @Test(arguments: texts + ["Side 2 af 5", "Side ½ af ²3", "- 12 -", "Referat \u{2013} 16. november 2023"])
    func masksAndComparesAsCharactersDo(_ text: String) {
        var masked = ""
        var inDigits = false
        for character in text.lowercased() {
            if character.isNumber {
                if !inDigits { masked.append("#") }
                inDigits = true
            } else {
                masked.append(character)
                inDigits = false
            }
        }
        #expect(TextSimilarity.digitMasked(text) == masked)
        #expect(TextSimilarity.withoutWhitespace(text) == text.filter { !$0.isWhitespace })
        for other in ["Side 3 af 5", "side # af #", "Referat – 17. november", "", "e\u{301}tude", "étude"] {
            let distance = TextSimilarity.editDistance(text, other, limit: 40)
            #expect(distance == Self.characterEditDistance(text, other))
        }
    }

    /// Levenshtein distance over `Character`s, without a limit.
    static func characterEditDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1]
            for j in b.indices {
                current.append(min(previous[j] + (a[i] == b[j] ? 0 : 1), previous[j + 1] + 1, current[j] + 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func vocabularyCountsAndPrefixesAsBefore() {
        let vocabulary = DocumentVocabulary(lines: [
            "Tilgængelighedsanalysen og Tilgængelighedsanalysens", "Børne-Unge, børne-unge og ÆBLER", "Æbler",
        ])
        #expect(vocabulary.count(of: "tilgængelighedsanalysen") == 1)
        #expect(vocabulary.count(of: "BØRNE-UNGE") == 2)
        #expect(vocabulary.count(of: "æbler") == 2)
        #expect(vocabulary.count(withPrefix: "Tilgængelighedsanalyse", slack: 2) == 2)
        #expect(vocabulary.count(withPrefix: "børne", slack: 5) == 2)
    }
}
