/// One sentence of the input.
public struct Sentence: Sendable, Equatable {
    /// UTF-8 byte offsets into the input, from the first token's start to the last token's end.
    public let range: Range<Int>
    /// Indices into the token array the sentence was built from.
    public let tokens: Range<Int>

    /// Creates a sentence; `range` is in UTF-8 bytes.
    public init(range: Range<Int>, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }

    /// The sentence's range as `String.Index`es of `text`, the string it was segmented from.
    public func stringRange(in text: String) -> Range<String.Index> {
        text.indexRange(utf8: range)
    }
}
