import DanishTokenizer
import DocumentModel

/// Splits an item heading's text into title, presenter ("v/ Mads Hansen", "ved Søren Jensen") and time slot
/// ("– kl. 15.05 – 15.25").
struct HeadingText {
    var title: String
    var presenter: String?
    var slot: TimeSlot?
    /// Body text printed on the heading's lines after the title ("Vægt til kamp; Det er …"), if any.
    var runIn: String?

    /// Words that may join the names after "ved" ("Hanne Hansen og Ole Jensen").
    private static let nameJoiners: Set<String> = ["og", "&", "/", "-", "–", "+"]

    /// `paragraph`: the heading is plain text wrapped over lines like a paragraph, so a sentence ending in it
    /// ends the title too.
    init(_ text: String, vocabulary: SegmentationVocabulary, scanner: DateTimeScanner, paragraph: Bool = false) {
        self.init(untitled: text, vocabulary: vocabulary, scanner: scanner, paragraph: paragraph)
        title = HeadingText.trimTitle(
            HeadingText.withoutClosedMarker(title, markers: vocabulary.matchers.closedItemMarkers))
    }

    /// Presenter, slot and run-in body read, with `title` the rest of the text before its final trimming: what
    /// scoring a heading candidate asks (whether there is a presenter or slot), for every numbered line.
    init(untitled text: String, vocabulary: SegmentationVocabulary, scanner: DateTimeScanner, paragraph: Bool = false) {
        var rest = TextMatching.clean(text)
        if let split = RunInBody.split(rest, closedMarkers: vocabulary.closedItemMarkers)
            ?? (paragraph ? RunInBody.firstSentence(rest) : nil)
        {
            rest = split.title
            runIn = split.body
        }
        if let time = scanner.timeMatch(in: rest, allowBare: false), HeadingText.isTail(time.range, of: rest) {
            slot = TimeSlot(start: time.start.text, end: time.end?.text)
            rest.removeSubrange(time.range)
            rest = TextMatching.trimTrailing(rest, keepingPeriod: true)
            // The slot's parentheses, now empty or opened only: "Budget (kl. 15.00-15.30)" → "Budget".
            if let open = rest.lastIndex(of: "("), rest[open...].allSatisfy({ "( )".contains($0) }) {
                rest = TextMatching.trimTrailing(rest[..<open], keepingPeriod: true)
            }
        }
        let notes = vocabulary.matchers.headingNoteWords
        rest = HeadingText.withoutNote(rest, words: notes)
        // A title is never only a presenter: "Oplæg ved Mads Holm" alone stays the title.
        if let (before, name) = HeadingText.presenterSplit(
            rest, markers: vocabulary.matchers.presenterMarkers, givenNames: vocabulary.givenNames),
            !TextMatching.trimTrailing(before).isEmpty
        {
            presenter = HeadingText.withoutNote(name, words: notes)
            rest = HeadingText.withoutNote(before, words: notes)
        }
        title = rest
    }

    /// "Lukket punkt: Køb af ejendom" → "Køb af ejendom"; a title that is only the marker stays.
    static func withoutClosedMarker(_ text: String, markers: PrefixMatcher) -> String {
        guard let match = markers.match(text) else { return text }
        let rest = TextMatching.trimLeading(match.rest)
        return rest.isEmpty ? text : rest
    }

    /// Whether the range sits at the end of the text or is followed only by a closing parenthesis or
    /// punctuation — a slot is printed after the title, not inside it.
    private static func isTail(_ range: Range<String.Index>, of text: String) -> Bool {
        text[range.upperBound...].allSatisfy { " ).,:;–-".contains($0) }
    }

    /// A note in parentheses after a heading is at most this long ("(bilag 1-3)", "(2 bilag)").
    private static let maxNoteWords = 4

    /// "Budget (bilag)" → "Budget": a trailing parenthesis that only notes attachments is no part of a title
    /// or a name.
    static func withoutNote(_ text: String, words: [Phrase]) -> String {
        let t = TextMatching.trimTrailing(text, keepingPeriod: true)
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return text }
        let inner = TextMatching.clean(t[t.index(after: open)..<t.index(before: t.endIndex)])
        guard TextMatching.wordCount(inner) <= maxNoteWords,
            words.contains(where: { TextMatching.find($0, in: inner) != nil })
        else { return text }
        return TextMatching.trimTrailing(t[..<open], keepingPeriod: true)
    }

    /// The presenter when the whole text is a presenter line ("v/ Mads Hansen", "Oplæg ved Søren Jensen").
    static func presenterLine(_ text: String, markers: PhraseList, givenNames: Set<String>) -> String? {
        guard let (before, name) = presenterSplit(text, markers: markers, givenNames: givenNames),
            TextMatching.trimTrailing(before).isEmpty
        else { return nil }
        return name
    }

    /// The text before the last presenter marker and the presenter after it. After a word marker ("ved") the
    /// rest must read as names; after "v/" anything goes. Of markers ending at the same place the longest
    /// wins, so "Oplæg ved X" leaves no "Oplæg" in the title.
    static func presenterSplit(_ text: String, markers: PhraseList, givenNames: Set<String> = []) -> (String, String)? {
        var best: (String, String, Range<String.Index>)?
        var lowered: String?
        for marker in markers.possible(in: text) where !marker.text.isEmpty {
            var from = text.startIndex
            while let r = TextMatching.find(marker, in: text, from: from, lowered: &lowered) {
                from = r.upperBound
                let atWordStart = r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] == " "
                guard atWordStart else { continue }
                let name = TextMatching.trimLeading(
                    TextMatching.trimTrailing(text[r.upperBound...], keepingPeriod: true))
                let before = String(text[..<r.lowerBound])
                let isSymbol = !(marker.text.last?.isLetter ?? false)
                let nameFollows = marker.text.last == "/" || text[r.upperBound...].first == " "
                guard !name.isEmpty, nameFollows, isSymbol || looksLikeNames(name, givenNames: givenNames) else {
                    continue
                }
                if let b = best?.2,
                    r.upperBound < b.upperBound || (r.upperBound == b.upperBound && r.lowerBound >= b.lowerBound)
                {
                    continue
                }
                best = (before, name, r)
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// "Anne Holm og Ole Berg", "Anne Holm/Ole Berg": capitalised words and joiners only.
    /// One word alone ("… området ved Skovvej") is a name only if it is a known given name ("ved Hanne").
    static func looksLikeNames(_ text: String, givenNames: Set<String>) -> Bool {
        let words = TextMatching.words(text)
        guard !words.isEmpty, words.count <= 10, words.first?.first?.isUppercase ?? false else { return false }
        if words.count == 1, !givenNames.contains(TextMatching.trimTrailing(words[0]).lowercased()) { return false }
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
            let innerDot = PlainSearch.contains(lastWord.dropLast(), ".")
            let abbreviation = DanishLexicon.standard.isAbbreviation(String(lastWord))
            // A short capitalised word ("Evt.") or month ("aug.") is taken for an abbreviation; "… ud nu." and
            // "… for 2024." end sentences.
            let shortCapital = letters <= 3 && letters > 0 && (lastWord.first?.isUppercase ?? false)
            let shortMonth = letters <= 4 && DanishLexicon.standard.monthNumber(String(lastWord.dropLast())) != nil
            if !(innerDot || abbreviation || shortCapital || shortMonth) { title = TextMatching.trimTrailing(title) }
        }
        return title
    }
}
