/// What a review page shows besides the document itself.
public struct ReviewOptions: Sendable {
    /// Resolution the page images were rendered at; sets the pages' displayed size (points × dpi / 72).
    public var dpi: Int
    /// OCR words below this confidence, 0…100, are marked on the page (`Page.words`; pages without words
    /// but with line confidences get their low-confidence lines marked). The pipeline's `ocr.lowConfidence`.
    public var lowConfidence: Double
    /// How the page images are referenced: embedded, or files beside the HTML.
    public var images: ImageReference

    /// Where the browser finds a page's PNG.
    public enum ImageReference: Sendable, Equatable {
        /// `data:` URIs inside the HTML: one self-contained file (the default).
        case embedded
        /// Relative paths `<folder>/page-N.png`; the caller writes the files (see `ReviewWriter`).
        case files(folder: String)
    }

    public init(
        dpi: Int = 100, lowConfidence: Double = 70, images: ImageReference = .embedded
    ) {
        self.dpi = dpi
        self.lowConfidence = lowConfidence
        self.images = images
    }
}
