/// One token of the input.
///
/// `range` is in UTF-8 bytes of the tokenized string (see ``DanishTokenizer``); convert it with
/// ``stringRange(in:)``.
public struct Token: Sendable, Equatable {
    /// The token's text, exactly as in the input.
    public let text: String
    /// What the token is.
    public let kind: TokenKind
    /// UTF-8 byte offsets into the input string.
    public let range: Range<Int>
    /// Whether whitespace follows the token in the input (false at the end of the input).
    public let spaceAfter: Bool

    /// Creates a token; `range` is in UTF-8 bytes.
    public init(text: String, kind: TokenKind, range: Range<Int>, spaceAfter: Bool) {
        self.text = text
        self.kind = kind
        self.range = range
        self.spaceAfter = spaceAfter
    }

    /// The token's range as `String.Index`es of `text`, the string it was tokenized from.
    public func stringRange(in text: String) -> Range<String.Index> {
        text.indexRange(utf8: range)
    }
}

extension String {
    /// Converts UTF-8 byte offsets of this string to a `String.Index` range.
    public func indexRange(utf8 range: Range<Int>) -> Range<String.Index> {
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return lower..<upper
    }
}
