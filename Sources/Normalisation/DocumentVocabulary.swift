/// How often each word occurs unbroken in one document, so a break can follow the document's own
/// spelling: if "Tilgængelighedsanalysen" is written whole elsewhere, "Tilgængelig-|hedsanalysen" joins;
/// if "Børne-Unge" is written with its hyphen, "Børne-|Unge" keeps it.
struct DocumentVocabulary: Sendable {
    private var counts: [String: Int] = [:]
    private var sorted: [String] = []

    init(lines: [String]) {
        var previousEndedWithHyphen = false
        for text in lines {
            // A line's first token after a hyphen break is a fragment, its last may be a head: skip both.
            let skipsFirst = previousEndedWithHyphen
            previousEndedWithHyphen = Dehyphenator.endsWithBreakCandidate(text)
            var text = text
            let counted = text.withUTF8 { bytes in
                guard SingleScalarWords.holds(bytes) else { return false }
                SingleScalarWords.forEach(in: bytes, skippingFirstToken: skipsFirst) { range in
                    counts[SingleScalarWords.lowercased(range, in: bytes), default: 0] += 1
                }
                return true
            }
            if counted { continue }
            var tokens = text.split(separator: " ")
            if skipsFirst, !tokens.isEmpty { tokens.removeFirst() }
            for token in tokens {
                let word = Self.word(token)
                guard word.count > 1, !word.hasSuffix("-") else { continue }
                counts[word.lowercased(), default: 0] += 1
            }
        }
        // Keys of single-scalar text are in NFC, where String order is the order of the UTF-8 bytes.
        let keys = Array(counts.keys)
        sorted =
            keys.allSatisfy(SingleScalarText.holds)
            ? SingleScalarText.sortedInNFC(keys) : keys.sorted()
    }

    /// A token without surrounding punctuation (inner hyphens and dots stay).
    static func word(_ token: Substring) -> String {
        let trimmed = token.drop { !$0.isLetter && !$0.isNumber }
        var end = trimmed.endIndex
        while end > trimmed.startIndex {
            let previous = trimmed.index(before: end)
            let character = trimmed[previous]
            if character.isLetter || character.isNumber || character == "-" { break }
            end = previous
        }
        return String(trimmed[..<end])
    }

    /// How often `word` occurs, case-insensitively.
    func count(of word: String) -> Int { counts[word.lowercased()] ?? 0 }

    /// How many words start with `prefix` and are at most `slack` characters longer: the same word in
    /// another inflection.
    func count(withPrefix prefix: String, slack: Int) -> Int {
        let prefix = prefix.lowercased()
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var total = 0
        var index = low
        while index < sorted.count, sorted[index].hasPrefix(prefix) {
            if sorted[index].count - prefix.count <= slack { total += counts[sorted[index]] ?? 0 }
            index += 1
        }
        return total
    }
}
