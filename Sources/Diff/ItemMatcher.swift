import Emit

/// Recognises an agenda item in two versions of a document, so a renumbered or retitled item is reported as
/// such instead of as one item removed and another added.
enum ItemMatcher {
    /// Below this title similarity, items with the same number are the same only if their texts agree.
    static let sameNumberTitleSimilarity = 0.3
    /// Texts this similar make items with the same number the same item even when retitled completely.
    static let sameNumberTextSimilarity = 0.5
    /// Titles this similar make items the same whatever their numbers.
    static let titleSimilarity = 0.6

    /// The same item: the same title, or the same number and a similar title or text, or a very similar title.
    static func isSame(_ old: OutputValue, _ new: OutputValue) -> Bool {
        let oldTitle = words(old["title"])
        let newTitle = words(new["title"])
        if !oldTitle.isEmpty && oldTitle == newTitle { return true }
        let titles = similarity(oldTitle, newTitle)
        if let number = old["number"], number != .null, number == new["number"] {
            if titles >= sameNumberTitleSimilarity { return true }
            if similarity(words(old["text"]), words(new["text"])) >= sameNumberTextSimilarity { return true }
        }
        return titles >= titleSimilarity
    }

    /// How well two leftover items pair up, or nil if they are not the same item.
    static func pairingScore(_ old: OutputValue, _ new: OutputValue) -> Double? {
        guard isSame(old, new) else { return nil }
        return similarity(words(old["title"]), words(new["title"])) + similarity(words(old["text"]), words(new["text"]))
    }

    /// The lowercased words of a string value, as a set: word order and punctuation do not make items differ.
    static func words(_ value: OutputValue?) -> Set<Substring> {
        guard case .string(let text)? = value else { return [] }
        return Set(text.lowercased().split { !$0.isLetter && !$0.isNumber })
    }

    /// Dice's coefficient: twice the shared words over all words; 0 when both are empty.
    static func similarity(_ lhs: Set<Substring>, _ rhs: Set<Substring>) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 0 }
        return 2 * Double(lhs.intersection(rhs).count) / Double(lhs.count + rhs.count)
    }
}
