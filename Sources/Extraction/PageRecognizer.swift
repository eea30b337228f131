import DocumentModel

/// A page rendered for recognition: 4 bytes per pixel in cairo's RGB24 layout (B, G, R, unused on
/// little-endian machines), rows `bytesPerRow` apart, top row first. Upright as the page is displayed.
public struct RenderedPage: Sendable {
    public var width: Int
    public var height: Int
    public var bytesPerRow: Int
    public var pixels: [UInt8]
    /// Pixels per inch actually used: lower than asked when the page would exceed the pixel limit.
    public var dpi: Double

    public init(width: Int, height: Int, bytesPerRow: Int, pixels: [UInt8], dpi: Double) {
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
        self.pixels = pixels
        self.dpi = dpi
    }
}

/// What a recognizer read on one page.
public struct RecognizedPage: Sendable {
    /// Layout lines like a text layer's: boxes in points, `FontStyle.unknown` with an estimated size,
    /// and each line's mean word confidence.
    public var lines: [Line]
    public var words: [RecognizedWord]
    /// Mean word confidence 0…100; nil when nothing was read.
    public var confidence: Double?
    /// Degrees (0, 90, 180, 270) the image was turned clockwise to read upright (a page scanned sideways).
    public var rotation: Int
    /// Page size in points in the upright frame (width and height swap when `rotation` is 90 or 270).
    public var width: Double
    public var height: Double

    public init(
        lines: [Line], words: [RecognizedWord], confidence: Double?, rotation: Int, width: Double, height: Double
    ) {
        self.lines = lines
        self.words = words
        self.confidence = confidence
        self.rotation = rotation
        self.width = width
        self.height = height
    }
}

/// Reads the text of a rendered page. Implementations must be safe to call from several threads at once
/// (each call on its own page): PDFExtractor recognises the pages of one document in parallel.
public protocol PageRecognizer: Sendable {
    /// Reads `image`, the rendering of page `pageNumber` (1-based) whose displayed size is `pageSize` points.
    func recognize(
        _ image: RenderedPage, pageNumber: Int, pageSize: (width: Double, height: Double)
    ) throws(ReferentError) -> RecognizedPage
}
