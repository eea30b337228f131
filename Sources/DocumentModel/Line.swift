/// The typeface a run of text was set in, as the PDF names it.
public struct FontStyle: Codable, Hashable, Sendable {
    /// Font name without the subset prefix ("Carlito-Bold", not "ABCDEF+Carlito-Bold").
    public var name: String
    /// Size in points, rounded to a tenth: PDFs report float noise such as 10.999512.
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(name: String, size: Double, bold: Bool, italic: Bool) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
    }

    /// What OCR and fontless text get: no name, no emphasis.
    public static func unknown(size: Double) -> FontStyle {
        FontStyle(name: "", size: size, bold: false, italic: false)
    }
}

/// A link annotation's anchor inside a line: the words it covers and where it points.
public struct LineLink: Codable, Hashable, Sendable {
    public var text: String
    public var uri: String

    public init(text: String, uri: String) {
        self.text = text
        self.uri = uri
    }
}

/// One line of text on a page, in reading order, with the layout evidence later stages decide by.
public struct Line: Codable, Hashable, Sendable {
    /// The text as it reads. After normalisation a word broken at the line end is whole on this line
    /// and its tail is gone from the next, so joining lines with a space gives the running text.
    public var text: String
    public var box: Rect
    /// The font of most of the line's characters.
    public var font: FontStyle
    /// Whether the line begins in bold (headings are often bold while the presenter after them is not).
    public var startsBold: Bool
    /// 1-based page number.
    public var page: Int
    public var links: [LineLink]
    /// Mean word confidence 0…100 for OCR lines; nil for a text layer.
    public var confidence: Double?

    public init(
        text: String, box: Rect, font: FontStyle, startsBold: Bool? = nil, page: Int,
        links: [LineLink] = [], confidence: Double? = nil
    ) {
        self.text = text
        self.box = box
        self.font = font
        self.startsBold = startsBold ?? font.bold
        self.page = page
        self.links = links
        self.confidence = confidence
    }
}
