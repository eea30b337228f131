import DocumentModel

/// A run of characters set in one font, by scalar index into the page text.
struct FontRun: Equatable {
    var range: Range<Int>
    var fontName: String
    var size: Double
}

/// The raw text layer of one page as poppler gives it: scalars in poppler's reading order, one box per
/// scalar, and font runs. Kept apart from poppler so line building is a pure, testable function.
struct PageText: Equatable {
    var scalars: [Unicode.Scalar] = []
    var boxes: [Rect] = []
    var runs: [FontRun] = []
}
