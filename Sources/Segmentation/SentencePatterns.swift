import Foundation

/// Regular expressions from the vocabulary that read a fact from an item's sentences ("Som dirigent blev valgt
/// …", "Mødet sluttede kl. …"). They are tried only on text that holds one of the words they need, found by a
/// byte search: run on every document, such expressions cost a tenth of the segment stage.
struct SentencePatterns: Sendable {
    private let patterns: [NSRegularExpression]
    /// The needed words in lower case, capitalised and in capitals.
    private let words: [[UInt8]]

    init(_ patterns: [String], needing words: some Sequence<String>) {
        self.patterns = patterns.compactMap { try? NSRegularExpression(pattern: $0) }
        self.words = PhraseFilter.spellings(words)
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// The named `groups` of every match in `text` (line breaks read as spaces), pattern after pattern; none
    /// when the text holds none of the needed words. A group that did not take part is left out.
    func matches(in text: String, groups: [String]) -> [[String: String]] {
        guard !patterns.isEmpty, PhraseFilter.containsBytes(text, anyOf: words) else { return [] }
        let text = text.replacingOccurrences(of: "\n", with: " ")
        let whole = NSRange(text.startIndex..., in: text)
        return patterns.flatMap { pattern in
            pattern.matches(in: text, range: whole).map { match in
                var found: [String: String] = [:]
                for group in groups {
                    if let range = Range(match.range(withName: group), in: text) { found[group] = String(text[range]) }
                }
                return found
            }
        }
    }
}
