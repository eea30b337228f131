import DocumentModel

/// What segmentation knows and how tolerant it is. The vocabulary is data; the tolerances are named here
/// with defaults so a house style can be accommodated from `pipeline.yaml` without code changes.
public struct SegmentationConfig: Sendable {
    public var vocabulary: SegmentationVocabulary

    /// Points a left edge may differ from the body margin and still count as "at the margin".
    public var marginTolerance: Double = 6
    /// Points a font size must exceed the body size by to count as larger.
    public var fontSizeTolerance: Double = 0.6
    /// A line step this many times the typical step starts a new paragraph.
    public var paragraphGapFactor: Double = 1.35
    /// Points short of the right margin a line may end and still count as wrapped (full).
    public var wrapSlack: Double = 45
    /// A heading title longer than this many words reads like a sentence, not a heading.
    public var maxHeadingWords: Int = 24
    /// At most this many further lines are joined to an item heading.
    public var maxHeadingContinuationLines: Int = 2
    /// A chain of item headings must score at least this to be accepted (below it: no items).
    public var minimumChainScore: Double = 1.5
    /// Item numbers above this are not item numbers (years, amounts).
    public var maxItemNumber: Int = 1899
    /// Header lines longer than this many words are prose, not header fields or a title.
    public var maxHeaderLineWords: Int = 16

    /// A configuration with the given vocabulary and default tolerances.
    public init(vocabulary: SegmentationVocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    /// The shipped vocabulary with default tolerances.
    public static let standard = SegmentationConfig()

    /// This configuration with extra labels and titles, e.g. a municipality's own from `pipeline.yaml`.
    /// Header label fields are the `SegmentationVocabulary.HeaderField` raw values ("location", …);
    /// unknown fields become `other`.
    public func adding(
        sectionLabels: [(label: String, kind: String)] = [],
        headerLabels: [(label: String, field: String)] = [],
        roleTitles: [String] = []
    ) -> SegmentationConfig {
        var extra = SegmentationVocabulary()
        extra.sectionLabels = sectionLabels.map { .init(label: $0.label, kind: $0.kind) }
        extra.headerLabels = headerLabels.map {
            .init(label: $0.label, field: SegmentationVocabulary.HeaderField(rawValue: $0.field) ?? .other)
        }
        extra.roleTitles = roleTitles
        return adding(extra)
    }

    /// This configuration with a whole vocabulary merged in (see `SegmentationVocabulary.merging`).
    public func adding(_ vocabulary: SegmentationVocabulary) -> SegmentationConfig {
        var result = self
        result.vocabulary = self.vocabulary.merging(vocabulary)
        return result
    }
}
