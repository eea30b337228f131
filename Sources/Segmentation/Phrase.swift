/// A vocabulary phrase prepared once for `TextMatching.find`: phrases are looked for in every participant entry
/// and heading, and lower-casing each phrase and finding its literal run per search cost more than most searches.
struct Phrase: Hashable, Sendable {
    let text: String
    let lower: String
    /// What `PhraseFilter` looks for in a text's bytes.
    let literalRun: [UInt8]
    /// Whether the phrase starts (ends) with a non-letter, so it may match right after (before) a letter.
    let edgeBefore: Bool
    let edgeAfter: Bool

    init(_ text: String) {
        self.text = text
        lower = text.lowercased()
        literalRun = PhraseFilter.literalRun(lower)
        edgeBefore = text.first.map { !$0.isLetter } ?? true
        edgeAfter = text.last.map { !$0.isLetter } ?? true
    }
}

/// Phrases looked for together in one text (presenter markers in every heading): `mayOccur(in:)` rules them out
/// in one scan of the text instead of one per phrase.
struct PhraseList: Hashable, Sendable {
    let phrases: [Phrase]
    /// For each ASCII byte lower-cased, the phrases whose literal run starts with it.
    private let byFirstByte: [[Int]]
    /// Whether some phrase's literal run starts with the byte (most bytes: none).
    private let startsRun: [Bool]

    init(_ words: [String]) {
        phrases = words.map(Phrase.init)
        var table = [[Int]](repeating: [], count: 128)
        for (k, phrase) in phrases.enumerated() {
            if let first = phrase.literalRun.first { table[Int(first)].append(k) }
        }
        byFirstByte = table
        startsRun = table.map { !$0.isEmpty }
    }

    /// The phrases that may occur in the text (see `mayOccur(in:)`), in the list's order.
    func possible(in text: String) -> [Phrase] {
        zip(phrases, mayOccur(in: text)).filter(\.1).map(\.0)
    }

    /// For each phrase, false only when `TextMatching.find(phrase, in: text)` cannot match (as `PhraseFilter`).
    func mayOccur(in text: String) -> [Bool] {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> [Bool] in
            var possible = phrases.map { $0.literalRun.isEmpty }
            for i in bytes.indices {
                let byte = bytes[i]
                guard byte < 0x80 else {
                    // "İ" and the Kelvin sign lower-case to ASCII: anything may occur (see `PhraseFilter`).
                    if PhraseFilter.lowersToASCII(bytes, at: i) { return phrases.map { _ in true } }
                    continue
                }
                let lower = Int(PhraseFilter.lowered(byte))
                guard startsRun[lower] else { continue }
                for k in byFirstByte[lower] where !possible[k] {
                    possible[k] = PhraseFilter.runMatches(phrases[k].literalRun, bytes, at: i)
                }
            }
            return possible
        }
        let result = found ?? phrases.map { _ in true }
        assert(zip(phrases, result).allSatisfy { $1 || !PhraseFilter.mayOccur($0, in: text) }, "list filter differs")
        return result
    }
}
