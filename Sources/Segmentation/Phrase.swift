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
