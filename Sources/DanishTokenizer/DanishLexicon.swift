import Foundation

/// The Danish word knowledge the tokenizer consults: abbreviations, month and weekday names, nouns that take an
/// ordinal, and the small words around dates and times.
///
/// The lists live in the module's `Resources/` folder (`abbreviations.txt`, `sentence-final-abbreviations.txt`,
/// `months.txt`, `weekdays.txt`, `ordinal-nouns.txt`, `time-markers.txt`, `range-words.txt`, `date-fillers.txt`)
/// and are read once into ``standard``. Callers add their own entries with ``extended(abbreviations:ordinalNouns:)``.
/// All look-ups are case-insensitive: entries are stored lowercased.
public struct DanishLexicon: Sendable {
    /// Abbreviations including their final period or slash, lowercased ("f.eks.", "kr.", "v/").
    public private(set) var abbreviations: Set<String>
    /// Abbreviations after which a capitalised word starts a new sentence ("osv.", "kr.").
    public private(set) var sentenceFinalAbbreviations: Set<String>
    /// Month names and short forms, lowercased, to their number 1–12.
    public private(set) var months: [String: Int]
    /// Weekday names and short forms, lowercased, to their number (Monday = 1).
    public private(set) var weekdays: [String: Int]
    /// Nouns that make a preceding "N." an ordinal ("halvår", "udkast").
    public private(set) var ordinalNouns: Set<String>
    /// Words that introduce a clock time ("kl.", "klokken").
    public private(set) var timeMarkers: Set<String>
    /// Words that join the ends of a time range ("til").
    public private(set) var rangeWords: Set<String>
    /// Words allowed between a weekday and its date ("den", "d.").
    public private(set) var dateFillers: Set<String>

    /// The lexicon built from the bundled resource files, loaded once.
    public static let standard: DanishLexicon = DanishLexicon(loader: ResourceLoader())

    /// An empty lexicon: the tokenizer then applies its shape rules only.
    public static let empty = DanishLexicon(
        abbreviations: [], sentenceFinalAbbreviations: [], months: [:], weekdays: [:], ordinalNouns: [],
        timeMarkers: [], rangeWords: [], dateFillers: [])

    init(
        abbreviations: Set<String>, sentenceFinalAbbreviations: Set<String>, months: [String: Int],
        weekdays: [String: Int], ordinalNouns: Set<String>, timeMarkers: Set<String>,
        rangeWords: Set<String>,
        dateFillers: Set<String>
    ) {
        self.abbreviations = abbreviations
        self.sentenceFinalAbbreviations = sentenceFinalAbbreviations
        self.months = months
        self.weekdays = weekdays
        self.ordinalNouns = ordinalNouns
        self.timeMarkers = timeMarkers
        self.rangeWords = rangeWords
        self.dateFillers = dateFillers
    }

    init(loader: ResourceLoader) {
        self.init(
            abbreviations: Set(loader.words("abbreviations")),
            sentenceFinalAbbreviations: Set(loader.words("sentence-final-abbreviations")),
            months: loader.numberedWords("months"),
            weekdays: loader.numberedWords("weekdays"),
            ordinalNouns: Set(loader.words("ordinal-nouns")),
            timeMarkers: Set(loader.words("time-markers")),
            rangeWords: Set(loader.words("range-words")),
            dateFillers: Set(loader.words("date-fillers")))
    }

    /// A copy with more abbreviations (with their final period, e.g. "udv.") and ordinal-taking nouns.
    public func extended(abbreviations: [String] = [], ordinalNouns: [String] = []) -> DanishLexicon {
        var copy = self
        copy.abbreviations.formUnion(abbreviations.map { $0.lowercased() })
        copy.ordinalNouns.formUnion(ordinalNouns.map { $0.lowercased() })
        return copy
    }

    /// A copy with more month names (lowercased name to number 1–12) and sentence-final abbreviations.
    public func extended(months: [String: Int], sentenceFinalAbbreviations: [String] = [])
        -> DanishLexicon
    {
        var copy = self
        for (name, number) in months where (1...12).contains(number) {
            copy.months[name.lowercased()] = number
        }
        let finals = sentenceFinalAbbreviations.map { $0.lowercased() }
        copy.sentenceFinalAbbreviations.formUnion(finals)
        copy.abbreviations.formUnion(finals)
        return copy
    }

    /// Whether `s` (with its final period, e.g. "bl.a.") is a known abbreviation; case-insensitive.
    public func isAbbreviation(_ s: String) -> Bool {
        abbreviations.contains(s.lowercased())
    }

    /// Whether the abbreviation `s` may end a sentence ("osv.", "kr.").
    public func isSentenceFinalAbbreviation(_ s: String) -> Bool {
        sentenceFinalAbbreviations.contains(s.lowercased())
    }

    /// The month number 1–12 of a month name or short form ("marts", "Jan", "sept."), else nil.
    public func monthNumber(_ s: String) -> Int? {
        var key = s.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return months[key]
    }

    /// The weekday number (Monday = 1) of a weekday name or short form, else nil.
    public func weekdayNumber(_ s: String) -> Int? {
        var key = s.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return weekdays[key]
    }

    /// Whether `s` is a noun that takes an ordinal ("halvår", "Behandling").
    public func isOrdinalNoun(_ s: String) -> Bool {
        ordinalNouns.contains(s.lowercased())
    }
}
