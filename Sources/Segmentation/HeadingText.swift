import DanishTokenizer
import DocumentModel

/// Splits an item heading's text into title, presenter ("v/ Mads Hansen", "ved Søren Jensen") and time slot
/// ("– kl. 15.05 – 15.25").
struct HeadingText {
    var title: String
    var presenter: String?
    var slot: TimeSlot?

    /// Words that may join the names after "ved" ("Hanne Hansen og Ole Jensen").
    private static let nameJoiners: Set<String> = ["og", "&", "/", "-", "–", "+"]

    init(_ text: String, vocabulary: SegmentationVocabulary, scanner: DateTimeScanner) {
        var rest = TextMatching.clean(text)
        if let time = scanner.timeMatch(in: rest, allowBare: false), HeadingText.isTail(time.range, of: rest) {
            slot = TimeSlot(start: time.start.text, end: time.end?.text)
            rest.removeSubrange(time.range)
            rest = TextMatching.trimTrailing(rest, keepingPeriod: true)
            if rest.hasSuffix("(") { rest = TextMatching.trimTrailing(rest.dropLast(), keepingPeriod: true) }
        }
        if let (before, name) = HeadingText.presenterSplit(rest, markers: vocabulary.presenterMarkers) {
            presenter = name
            rest = before
        }
        title = HeadingText.trimTitle(HeadingText.withoutClosedMarker(rest, markers: vocabulary.closedItemMarkers))
    }

    /// "Lukket punkt: Køb af ejendom" → "Køb af ejendom"; a title that is only the marker stays.
    static func withoutClosedMarker(_ text: String, markers: [String]) -> String {
        guard let match = TextMatching.prefix(of: text, in: markers) else { return text }
        let rest = TextMatching.trimLeading(match.rest)
        return rest.isEmpty ? text : rest
    }

    /// Whether the range sits at the end of the text or is followed only by a closing parenthesis or
    /// punctuation — a slot is printed after the title, not inside it.
    private static func isTail(_ range: Range<String.Index>, of text: String) -> Bool {
        text[range.upperBound...].allSatisfy { " ).,:;–-".contains($0) }
    }

    /// The text before the last presenter marker and the presenter after it. After a word marker ("ved") the
    /// rest must read as names; after "v/" anything goes.
    static func presenterSplit(_ text: String, markers: [String]) -> (String, String)? {
        var best: (String, String)?
        for marker in markers where !marker.isEmpty {
            var from = text.startIndex
            while let r = TextMatching.find(marker, in: text, from: from) {
                from = r.upperBound
                let atWordStart = r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] == " "
                guard atWordStart else { continue }
                let name = TextMatching.trimTrailing(text[r.upperBound...], keepingPeriod: true)
                let before = String(text[..<r.lowerBound])
                let isSymbol = !(marker.last?.isLetter ?? false)
                let nameFollows = marker.last == "/" || text[r.upperBound...].first == " "
                guard !name.isEmpty, nameFollows, isSymbol || looksLikeNames(name) else { continue }
                if best == nil || before.count > best!.0.count { best = (before, name) }
            }
        }
        return best
    }

    /// "Hanne Thorsager og Ole Jensen", "Hanne Madsen/Henrik Sprøgel": capitalised words and joiners only.
    static func looksLikeNames(_ text: String) -> Bool {
        let words = TextMatching.words(text)
        guard !words.isEmpty, words.count <= 10, words.first?.first?.isUppercase ?? false else { return false }
        return words.allSatisfy { word in
            nameJoiners.contains(String(word)) || (word.first?.isUppercase ?? false) || word.first == "("
        }
    }

    /// A title without trailing colon, dash or sentence period; a period after a short word is kept as an
    /// abbreviation's ("Evt.").
    static func trimTitle(_ text: some StringProtocol) -> String {
        var title = TextMatching.trimTrailing(text, keepingPeriod: true)
        if title.hasSuffix(".") {
            let lastWord = TextMatching.words(title).last ?? ""
            let letters = lastWord.filter(\.isLetter).count
            let innerDot = lastWord.dropLast().contains(".")
            let abbreviation = DanishLexicon.standard.isAbbreviation(String(lastWord))
            if letters > 3 && !innerDot && !abbreviation { title = TextMatching.trimTrailing(title) }
        }
        return title
    }
}
