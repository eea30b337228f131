import Diff

/// Two texts as words, each marked as kept or changed, from `Array.difference(from:)`: the words of the old
/// text that were removed and the words of the new text that were inserted.
struct WordMarks: Equatable {
    struct Word: Equatable {
        var text: String
        var changed: Bool
    }

    var old: [Word]
    var new: [Word]

    var isUnchanged: Bool { !old.contains(where: \.changed) && !new.contains(where: \.changed) }

    init(old: String, new: String) {
        let oldWords = Self.words(old)
        let newWords = Self.words(new)
        let changes = WordChanges(old: oldWords, new: newWords)
        let (removed, inserted) = (changes.removed, changes.inserted)
        self.old = oldWords.enumerated().map { Word(text: $0.element, changed: removed.contains($0.offset)) }
        self.new = newWords.enumerated().map { Word(text: $0.element, changed: inserted.contains($0.offset)) }
    }

    /// Words split at white space; a line break between blocks is kept as a word "\n" so it can change too.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { words.append("\n") }
            words += line.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return words
    }
}
