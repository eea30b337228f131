/// When and how pages are read by OCR instead of their text layer.
public struct OCROptions: Sendable, Equatable {
    /// Which pages are OCRed.
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        /// Pages whose text layer is missing or unusable.
        case auto
        /// Every page, whatever its text layer.
        case force
        /// None: textless pages only get a `page.no-text` diagnostic.
        case off
    }

    public var mode: Mode
    /// Resolution pages are rendered at for recognition.
    public var dpi: Int
    /// Tesseract language(s), e.g. "dan" or "dan+eng".
    public var language: String
    /// A text layer with fewer usable characters than this on a page is read by OCR instead.
    public var minimumCharacters: Int
    /// A rendered page never has more pixels than this: the resolution is lowered for giant pages, so a
    /// hostile PDF cannot exhaust memory (4 bytes per pixel are held per page in flight).
    public var maxPixels: Int
    /// A page whose mean word confidence (0…100) is below this gets an `ocr.low-confidence` warning.
    public var lowConfidence: Double
    /// Pages of one document recognised in parallel; 0 = one per core (the pipeline passes its job count).
    public var threads: Int

    public init(
        mode: Mode = .auto, dpi: Int = 300, language: String = "dan", minimumCharacters: Int = 20,
        maxPixels: Int = 25_000_000, lowConfidence: Double = 70, threads: Int = 0
    ) {
        self.mode = mode
        self.dpi = dpi
        self.language = language
        self.minimumCharacters = minimumCharacters
        self.maxPixels = maxPixels
        self.lowConfidence = lowConfidence
        self.threads = threads
    }
}
