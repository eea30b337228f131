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
