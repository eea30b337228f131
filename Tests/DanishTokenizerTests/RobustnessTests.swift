import Testing

@testable import DanishTokenizer

/// A small deterministic generator, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pieces that exercise every rule, glued at random: the tokenizer must stay total and faithful.
let fragments: [String] = [
    "kl.", "15.05", " ", " ", "\n", "\n\n", ".", "..", ",", "-", "–", "•", "\u{F0B7}", "”", "“", "«",
    "»", "'", "’",
    "bl.a.", "2.", "16.01.2020", "@", "navn@kommune.dk", "https://rn.dk/x", "Børne-", "app", "en",
    "Æble", "1,5",
    "2019-065072-9", "v/", "/", ":", "15:00", "(", ")", "%", "😀", "e\u{301}", "\u{A0}", "\t", "\r\n",
    "H.", "A",
]

@Test func tokensAreOrderedFaithfulAndCovered() {
    var rng = SplitMix64(state: 42)
    let tokenizer = DanishTokenizer()
    for _ in 0..<500 {
        let count = Int.random(in: 0..<25, using: &rng)
        let text = (0..<count).map { _ in fragments.randomElement(using: &rng)! }.joined()
        let bytes = Array(text.utf8)
        let (tokens, sentences) = tokenizer.analyse(text)
        var previousEnd = 0
        for token in tokens {
            #expect(
                token.range.lowerBound >= previousEnd && !token.range.isEmpty, "\(text.debugDescription)")
            #expect(Array(bytes[token.range]) == Array(token.text.utf8), "\(text.debugDescription)")
            previousEnd = token.range.upperBound
        }
        // Every non-space byte is inside some token.
        let covered = tokens.reduce(0) { $0 + $1.range.count }
        let nonSpace = text.unicodeScalars.filter { !CharClass.of($0.value).isSpace }.reduce(0) {
            $0 + String($1).utf8.count
        }
        #expect(covered == nonSpace, "\(text.debugDescription)")
        #expect(sentences.reduce(0) { $0 + $1.tokens.count } == tokens.count)
        _ = tokenizer.dateTimeSpans(in: tokens)
        _ = renderTokens(of: text, format: .conllu, tokenizer: tokenizer)
    }
}

@Test func tokenizerIsSafeToShareAcrossTasks() async {
    let tokenizer = DanishTokenizer()
    let counts = await withTaskGroup(of: Int.self) { group in
        for _ in 0..<4 {
            group.addTask { tokenizer.tokenize("Mødet den 16. januar 2020 kl. 13.00.").count }
        }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(counts == [8, 8, 8, 8])
}
