/// A word list the dehyphenator asks whether a form is a word. `HunspellDictionary` is the real one;
/// tests may pass a set of words.
public protocol Lexicon: Sendable {
    /// Whether `word` (no surrounding punctuation, any case) is a word of the language.
    func isWord(_ word: String) -> Bool
}

/// A lexicon made of a fixed set of words, compared case-insensitively. Useful in tests and as a
/// user-supplied supplement.
public struct WordSetLexicon: Lexicon {
    private let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    public func isWord(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
