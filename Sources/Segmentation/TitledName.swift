/// Finds where a person's name starts after a role phrase that is itself capitalised in places: "Leder af Sund
/// Info Lise Hansen" is the role "Leder af Sund Info" and the name "Lise Hansen". Capitals cannot tell the
/// organisation's words from the name's, so a known given name marks the start; without one, a role title
/// followed by a lower-case word still gives the last two capitalised words as the name.
struct TitledName {
    /// What the split asks of the vocabulary, taken out of it: copying the whole vocabulary for every entry cost
    /// more than the split.
    private let givenNames: Set<String>
    private let roleTitles: PrefixMatcher

    init(vocabulary: SegmentationVocabulary) {
        givenNames = vocabulary.givenNames
        roleTitles = vocabulary.matchers.roleTitles
    }

    /// Lower-case particles of (foreign) surnames ("Ellen de Vries"), not words of a role phrase.
    private static let particles: Set<String> = ["de", "van", "von", "la", "le", "du", "da", "di"]
    /// A name has at most this many words after the role phrase.
    private static let maxNameWords = 4

    /// The role phrase and the name, or nil when the text does not read as a role phrase then a name.
    func split(_ text: String) -> (role: String, name: String)? {
        let words = TextMatching.words(text).map(String.init)
        // The name is in the capitalised run after the role phrase's last lower-case word.
        guard words.count >= 3, let lastLower = words.lastIndex(where: { isRoleLowercase($0) }) else { return nil }
        let start = lastLower + 1
        guard start < words.count, words[start...].allSatisfy({ isNameWord($0) }) else { return nil }
        for i in start..<words.count where isGivenName(words[i]) {
            guard (2...TitledName.maxNameWords).contains(words.count - i) else { break }
            return (words[..<i].joined(separator: " "), words[i...].joined(separator: " "))
        }
        guard words.count - start >= 3, roleTitles.match(text) != nil else { return nil }
        let i = words.count - 2
        return (words[..<i].joined(separator: " "), words[i...].joined(separator: " "))
    }

    /// "Lise", "Anne-Mette": a given name, judged by its first part.
    func isGivenName(_ word: String) -> Bool {
        let first = word.split(separator: "-").first.map(String.init) ?? word
        return givenNames.contains(first.lowercased())
    }

    private func isRoleLowercase(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter, first.isLowercase else { return false }
        return !TitledName.particles.contains(word)
    }

    /// A capitalised word, an initial ("K.") or a name particle.
    private func isNameWord(_ word: String) -> Bool {
        (word.first?.isUppercase ?? false) || TitledName.particles.contains(word)
    }
}
