extension SegmentationVocabulary {
    /// The vocabulary's lists that lines are matched against at their start, prepared once (see `PrefixMatcher`).
    /// Positions in a matcher are positions in its list.
    struct Matchers: Hashable, Sendable {
        private(set) var sectionLabels = PrefixMatcher([])
        private(set) var headerLabels = PrefixMatcher([])
        private(set) var attendanceNotePrefixes = PrefixMatcher([])
        private(set) var itemPrefixes = PrefixMatcher([])
        private(set) var closedItemMarkers = PrefixMatcher([])
        private(set) var documentKindWords = PrefixMatcher([])
        private(set) var roleTitles = PrefixMatcher([])
        private(set) var tableOfContentsTitles = WholeLineTitles([])
        /// Lower-cased, for word lookups (a set compares strings as `==` does: by canonical equivalence).
        private(set) var organisationWords: Set<String> = []
        private(set) var secretariatRoles: Set<String> = []
        /// Lower-cased, for `hasSuffix` tests of words.
        private(set) var roleSuffixes: [String] = []

        /// Phrases for `TextMatching.find`; the participant phrases longest first (the longest match wins), the
        /// others in the list's order. Organisation introducers are spaced (" fra "): they stand between words.
        private(set) var absentPhrases = PhraseList([])
        private(set) var substitutePhrases = PhraseList([])
        /// The one-word header labels, lower-cased, with their index: what `MisreadLabel` compares.
        private(set) var oneWordHeaderLabels: [MisreadLabel.Candidate] = []
        private(set) var substituteForPhrases = PhraseList([])
        private(set) var onBehalfPhrases = PhraseList([])
        private(set) var organisationIntroducers: [Phrase] = []
        private(set) var presenterMarkers = PhraseList([])
        private(set) var headingNoteWords: [Phrase] = []
        private(set) var weekdays: [Phrase] = []

        init() {}

        init(_ vocabulary: SegmentationVocabulary) {
            update(sectionLabels: vocabulary.sectionLabels)
            update(headerLabels: vocabulary.headerLabels)
            update(attendanceNotePrefixes: vocabulary.attendanceNotePrefixes)
            update(itemPrefixes: vocabulary.itemPrefixes)
            update(closedItemMarkers: vocabulary.closedItemMarkers)
            update(documentKindWords: vocabulary.documentKindWords)
            update(roleTitles: vocabulary.roleTitles)
            update(tableOfContentsTitles: vocabulary.tableOfContentsTitles)
            update(organisationWords: vocabulary.organisationWords)
            update(secretariatRoles: vocabulary.secretariatRoles)
            update(roleSuffixes: vocabulary.roleSuffixes)
            update(absentPhrases: vocabulary.absentPhrases)
            update(substitutePhrases: vocabulary.substitutePhrases)
            update(substituteForPhrases: vocabulary.substituteForPhrases)
            update(onBehalfPhrases: vocabulary.onBehalfPhrases)
            update(organisationIntroducers: vocabulary.organisationIntroducers)
            update(presenterMarkers: vocabulary.presenterMarkers)
            update(headingNoteWords: vocabulary.headingNoteWords)
            update(weekdays: vocabulary.weekdays)
        }

        mutating func update(sectionLabels list: [SectionLabel]) { sectionLabels = PrefixMatcher(list.map(\.label)) }
        mutating func update(headerLabels list: [HeaderLabel]) {
            headerLabels = PrefixMatcher(list.map(\.label))
            // A short label is too near common words ("Mødet" is one letter from "Møde"): five letters at least.
            oneWordHeaderLabels = list.enumerated().filter {
                !$0.element.label.contains(" ") && $0.element.label.count >= MisreadLabel.minLetters
            }.map {
                MisreadLabel.Candidate(index: $0.offset, letters: Array($0.element.label.lowercased()))
            }
        }
        mutating func update(attendanceNotePrefixes list: [String]) { attendanceNotePrefixes = PrefixMatcher(list) }
        mutating func update(itemPrefixes list: [String]) { itemPrefixes = PrefixMatcher(list) }
        mutating func update(closedItemMarkers list: [String]) { closedItemMarkers = PrefixMatcher(list) }
        mutating func update(documentKindWords list: [String]) { documentKindWords = PrefixMatcher(list) }
        mutating func update(roleTitles list: [String]) { roleTitles = PrefixMatcher(list) }
        mutating func update(tableOfContentsTitles list: [String]) {
            tableOfContentsTitles = WholeLineTitles(list)
        }
        mutating func update(organisationWords list: [String]) { organisationWords = Set(list.map { $0.lowercased() }) }
        mutating func update(secretariatRoles list: [String]) { secretariatRoles = Set(list.map { $0.lowercased() }) }
        mutating func update(roleSuffixes list: [String]) { roleSuffixes = list.map { $0.lowercased() } }
        mutating func update(absentPhrases list: [String]) { absentPhrases = Matchers.longestFirst(list) }
        mutating func update(substitutePhrases list: [String]) { substitutePhrases = Matchers.longestFirst(list) }
        mutating func update(substituteForPhrases list: [String]) {
            substituteForPhrases = Matchers.longestFirst(list)
        }
        mutating func update(onBehalfPhrases list: [String]) { onBehalfPhrases = Matchers.longestFirst(list) }
        mutating func update(organisationIntroducers list: [String]) {
            organisationIntroducers = list.map { Phrase(" " + $0 + " ") }
        }
        mutating func update(presenterMarkers list: [String]) { presenterMarkers = PhraseList(list) }
        mutating func update(headingNoteWords list: [String]) { headingNoteWords = list.map(Phrase.init) }
        mutating func update(weekdays list: [String]) { weekdays = list.map(Phrase.init) }

        private static func longestFirst(_ list: [String]) -> PhraseList {
            PhraseList(list.sorted(by: { $0.count > $1.count }))
        }
    }
}
