/// A word-level difference between two texts, cut into hunks with a few words of context either side, the
/// way `git diff --word-diff` shows a changed paragraph.
public struct WordDiff: Sendable {
    /// A run of words that is the same in both texts, only in the old one, or only in the new one.
    public enum Piece: Sendable, Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// One place where the texts differ, with its context.
    public struct Hunk: Sendable, Equatable {
        /// Context, removed and added runs in reading order.
        public var pieces: [Piece]
        /// Words before the hunk were left out.
        public var startsInside: Bool
        /// Words after the hunk were left out.
        public var endsInside: Bool
    }

    /// How a line break between blocks is shown among the words.
    public static let lineBreak = "¶"

    public let hunks: [Hunk]

    /// Compares the words of `old` and `new`; `context` is the number of unchanged words shown either side.
    public init(old: String, new: String, context: Int = 4) {
        let oldWords = Self.words(old)
        let newWords = Self.words(new)
        let changes = WordChanges(old: oldWords, new: newWords)
        let (removed, inserted) = (changes.removed, changes.inserted)
        // One sequence of (word, mark) in reading order: removed words before the words added in their place.
        var marked: [(word: String, mark: Character)] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldWords.count || newIndex < newWords.count {
            if oldIndex < oldWords.count && removed.contains(oldIndex) {
                marked.append((oldWords[oldIndex], "-"))
                oldIndex += 1
            } else if newIndex < newWords.count && inserted.contains(newIndex) {
                marked.append((newWords[newIndex], "+"))
                newIndex += 1
            } else {
                marked.append((oldWords[oldIndex], "="))
                oldIndex += 1
                newIndex += 1
            }
        }
        hunks = Self.hunks(of: marked, context: context)
    }

    /// Words split at white space; a line break (a new block) is a word of its own, so it can change too.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !words.isEmpty { words.append(lineBreak) }
            words += line.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return words
    }

    private static func hunks(of marked: [(word: String, mark: Character)], context: Int) -> [Hunk] {
        let changed = marked.indices.filter { marked[$0].mark != "=" }
        guard let first = changed.first else { return [] }
        // Changes closer than twice the context share a hunk, so context is never shown twice.
        var ranges: [ClosedRange<Int>] = []
        var start = first
        var end = first
        for index in changed.dropFirst() {
            if index - end > 2 * context {
                ranges.append(start...end)
                start = index
            }
            end = index
        }
        ranges.append(start...end)
        return ranges.map { range in
            let lower = max(0, range.lowerBound - context)
            let upper = min(marked.count - 1, range.upperBound + context)
            var pieces: [Piece] = []
            for (word, mark) in marked[lower...upper] {
                pieces.append(piece(mark, word))
            }
            return Hunk(
                pieces: merged(pieces), startsInside: lower > 0, endsInside: upper < marked.count - 1)
        }
    }

    private static func piece(_ mark: Character, _ word: String) -> Piece {
        switch mark {
        case "-": .removed(word)
        case "+": .added(word)
        default: .same(word)
        }
    }

    /// Joins neighbouring pieces of the same kind into one run of words.
    private static func merged(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            switch (result.last, piece) {
            case (.same(let run)?, .same(let word)): result[result.count - 1] = .same(run + " " + word)
            case (.removed(let run)?, .removed(let word)): result[result.count - 1] = .removed(run + " " + word)
            case (.added(let run)?, .added(let word)): result[result.count - 1] = .added(run + " " + word)
            default: result.append(piece)
            }
        }
        return result
    }
}
