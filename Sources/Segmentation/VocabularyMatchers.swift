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

        init() {}

        init(_ vocabulary: SegmentationVocabulary) {
            update(sectionLabels: vocabulary.sectionLabels)
            update(headerLabels: vocabulary.headerLabels)
            update(attendanceNotePrefixes: vocabulary.attendanceNotePrefixes)
            update(itemPrefixes: vocabulary.itemPrefixes)
            update(closedItemMarkers: vocabulary.closedItemMarkers)
            update(documentKindWords: vocabulary.documentKindWords)
            update(roleTitles: vocabulary.roleTitles)
        }

        mutating func update(sectionLabels list: [SectionLabel]) { sectionLabels = PrefixMatcher(list.map(\.label)) }
        mutating func update(headerLabels list: [HeaderLabel]) { headerLabels = PrefixMatcher(list.map(\.label)) }
        mutating func update(attendanceNotePrefixes list: [String]) { attendanceNotePrefixes = PrefixMatcher(list) }
        mutating func update(itemPrefixes list: [String]) { itemPrefixes = PrefixMatcher(list) }
        mutating func update(closedItemMarkers list: [String]) { closedItemMarkers = PrefixMatcher(list) }
        mutating func update(documentKindWords list: [String]) { documentKindWords = PrefixMatcher(list) }
        mutating func update(roleTitles list: [String]) { roleTitles = PrefixMatcher(list) }
    }
}
