/// Every tolerance the normalisation stage decides by, named and documented, with defaults that suit
/// born-digital Danish minutes (A4, 9–12 pt body text).
public struct NormalisationConfig: Sendable, Equatable {
    /// A running header or footer must repeat on at least this share of the document's pages (and on at
    /// least two pages) before it is removed.
    public var furnitureMinPageFraction: Double
    /// Only lines lying wholly within this top or bottom share of the page height are furniture candidates.
    public var furnitureBandFraction: Double
    /// Two band lines count as the same running text when their digit-masked texts differ by at most this
    /// share of the longer one (edit distance), so "Referat 16. januar" and "Referat 17. januar" match.
    public var furnitureMaxEditFraction: Double
    /// How far (points) the same running header may move vertically between pages.
    public var furniturePositionTolerance: Double
    /// The hunspell dictionary without extension ("/usr/share/hunspell/da_DK"); nil disables the lexicon.
    public var dictionaryPath: String?
    /// A vertical gap between two lines larger than this many median line heights starts a new block.
    public var paragraphGapFactor: Double
    /// A line indented by more than this many points relative to the previous one starts a new paragraph
    /// (first-line indent) or continues a list item (hanging indent).
    public var indentTolerance: Double
    /// Two lines belong to the same table row when their vertical overlap is at least this share of the
    /// smaller height.
    public var rowOverlapFraction: Double
    /// Lines of one row (label | value cells) are merged into one line, ordered left to right.
    public var mergeRowCells: Bool
    /// A column gutter must stay free of text over at least this share of the page's text height.
    public var columnMinHeightFraction: Double
    /// Each of two columns must be at least this share of the text width (a table's label column is
    /// narrower, so tables are not read as columns).
    public var columnMinWidthFraction: Double
    /// Each column must hold at least this many lines.
    public var columnMinLines: Int
    /// When at least this share of the shorter column's lines share a baseline with the other column, the
    /// two are a table's columns (read row by row), not running text columns.
    public var columnMaxAlignedFraction: Double
    /// The narrowest empty vertical strip (points) that counts as a gutter.
    public var columnMinGutter: Double
    /// A letterhead box starts right of this share of the page width.
    public var letterheadMinXFraction: Double
    /// A letterhead line is at most this share of the page width wide.
    public var letterheadMaxWidthFraction: Double
    /// A letterhead box ends above this share of the page height.
    public var letterheadMaxYFraction: Double
    /// A letterhead box has at least this many lines.
    public var letterheadMinLines: Int
    /// A heading is a bold or larger line of at most this many characters.
    public var headingMaxLength: Int
    /// A line whose font is at least this factor larger than the body font counts as a heading.
    public var headingSizeRatio: Double

    /// Creates a configuration; every argument defaults to the standard value.
    public init(
        furnitureMinPageFraction: Double = 0.5, furnitureBandFraction: Double = 0.12,
        furnitureMaxEditFraction: Double = 0.2, furniturePositionTolerance: Double = 24,
        dictionaryPath: String? = "/usr/share/hunspell/da_DK", paragraphGapFactor: Double = 0.6,
        indentTolerance: Double = 6, rowOverlapFraction: Double = 0.5, mergeRowCells: Bool = true,
        columnMinHeightFraction: Double = 0.6, columnMinWidthFraction: Double = 0.3, columnMinLines: Int = 5,
        columnMaxAlignedFraction: Double = 0.7,
        columnMinGutter: Double = 8, letterheadMinXFraction: Double = 0.55, letterheadMaxWidthFraction: Double = 0.4,
        letterheadMaxYFraction: Double = 0.4, letterheadMinLines: Int = 2, headingMaxLength: Int = 120,
        headingSizeRatio: Double = 1.15
    ) {
        self.furnitureMinPageFraction = furnitureMinPageFraction
        self.furnitureBandFraction = furnitureBandFraction
        self.furnitureMaxEditFraction = furnitureMaxEditFraction
        self.furniturePositionTolerance = furniturePositionTolerance
        self.dictionaryPath = dictionaryPath
        self.paragraphGapFactor = paragraphGapFactor
        self.indentTolerance = indentTolerance
        self.rowOverlapFraction = rowOverlapFraction
        self.mergeRowCells = mergeRowCells
        self.columnMinHeightFraction = columnMinHeightFraction
        self.columnMinWidthFraction = columnMinWidthFraction
        self.columnMinLines = columnMinLines
        self.columnMaxAlignedFraction = columnMaxAlignedFraction
        self.columnMinGutter = columnMinGutter
        self.letterheadMinXFraction = letterheadMinXFraction
        self.letterheadMaxWidthFraction = letterheadMaxWidthFraction
        self.letterheadMaxYFraction = letterheadMaxYFraction
        self.letterheadMinLines = letterheadMinLines
        self.headingMaxLength = headingMaxLength
        self.headingSizeRatio = headingSizeRatio
    }

    /// The defaults.
    public static let standard = NormalisationConfig()
}
