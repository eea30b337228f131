/// Header labels as an OCR layer misreads them ("Mødedata:", "Deltagcre:", "Fravarende:"): one word of at
/// least five letters, right before a colon, one letter away from exactly one known one-word label. The colon
/// is the evidence that the word is a label at all.
enum MisreadLabel {
    static let minLetters = 5

    /// A one-word label, lower-cased, and its index in the vocabulary's header labels.
    struct Candidate: Hashable, Sendable {
        var index: Int
        var letters: [Character]
    }

    /// Whether `word` could be a misread label: letters only, at least `minLetters` of them.
    static func mayBeLabel(_ word: Substring) -> Bool {
        word.count >= minLetters && word.allSatisfy(\.isLetter)
    }

    /// The index of the one label `word` is a misreading of, among `labels` (lower-cased one-word labels).
    static func label(for word: Substring, among labels: [Candidate]) -> Int? {
        guard mayBeLabel(word) else { return nil }
        let read = Array(word.lowercased())
        let matches = labels.filter { withinOneEdit(read, $0.letters) }
        guard let first = matches.first, matches.allSatisfy({ $0.letters == first.letters }) else { return nil }
        return first.index
    }

    /// Whether one substitution, insertion or deletion (or none) turns `a` into `b`.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        var j = 0
        var edited = false
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            if edited { return false }
            edited = true
            if a.count > b.count {
                i += 1
            } else if a.count < b.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return !edited || (i == a.count && j == b.count)
    }
}
