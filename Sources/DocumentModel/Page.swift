/// Where a page's text came from.
public enum PageSource: String, Codable, Hashable, Sendable {
    case text
    case ocr
    /// OCR of a scanned image beside the few lines of real text stamped on it (a page number, a case number).
    case mixed
}

/// A link annotation on a page: its area and target, and the words under it.
public struct PageLink: Codable, Hashable, Sendable {
    public var box: Rect
    public var uri: String
    /// The text the area covers, matched by character boxes; empty when it covers none.
    public var anchorText: String

    public init(box: Rect, uri: String, anchorText: String) {
        self.box = box
        self.uri = uri
        self.anchorText = anchorText
    }
}

/// A line taken out of the body as page furniture (running header, footer, page number, letterhead),
/// kept so nothing is silently lost.
public struct Furniture: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Hashable, Sendable {
        case runningHeader, runningFooter, pageNumber, repeatedText, letterhead
    }

    public var text: String
    public var box: Rect
    public var reason: Reason

    public init(text: String, box: Rect, reason: Reason) {
        self.text = text
        self.box = box
        self.reason = reason
    }
}

/// A decision about a hyphen at a line end: joined into one word, or kept as a real hyphen.
public struct HyphenDecision: Codable, Hashable, Sendable {
    /// The fragment before the hyphen, hyphen included ("Tilgængelig-").
    public var head: String
    /// The first word of the next line ("hedsanalysen").
    public var tail: String
    /// The text that now stands in the line ("Tilgængelighedsanalysen" or "Børne-").
    public var result: String
    public var joined: Bool
    /// Why, in a few words, for `referent inspect` and the review page.
    public var reason: String
    /// Box of the line holding the head.
    public var box: Rect

    public init(head: String, tail: String, result: String, joined: Bool, reason: String, box: Rect) {
        self.head = head
        self.tail = tail
        self.result = result
        self.joined = joined
        self.reason = reason
        self.box = box
    }
}

/// One word read by OCR, kept for review (low-confidence words) beside the lines built from it.
public struct RecognizedWord: Codable, Hashable, Sendable {
    public var text: String
    /// In PDF points, top-left origin, in the upright frame of the recognised page.
    public var box: Rect
    /// 0…100.
    public var confidence: Double

    public init(text: String, box: Rect, confidence: Double) {
        self.text = text
        self.box = box
        self.confidence = confidence
    }
}

/// A group of consecutive lines that belong together.
public struct Block: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        case paragraph, listItem, heading, aside
    }

    public var kind: Kind
    /// Indices into the page's `lines`.
    public var lines: Range<Int>
    public var box: Rect

    public init(kind: Kind, lines: Range<Int>, box: Rect) {
        self.kind = kind
        self.lines = lines
        self.box = box
    }
}

/// One page of a document as the stages see it.
public struct Page: Codable, Hashable, Sendable {
    /// 1-based.
    public var number: Int
    /// Size in points as displayed, i.e. after the page's rotation.
    public var width: Double
    public var height: Double
    /// The page's /Rotate in degrees (0, 90, 180, 270).
    public var rotation: Int
    public var source: PageSource
    /// Mean OCR word confidence 0…100; nil for a text layer.
    public var confidence: Double?
    /// Body lines in reading order.
    public var lines: [Line]
    /// Lines grouped into paragraphs and list items; empty until normalisation has run.
    public var blocks: [Block]
    /// Lines aside from the body flow (a letterhead box, a sidebar), kept for the meeting header.
    public var asides: [Line]
    public var links: [PageLink]
    public var furniture: [Furniture]
    public var hyphenation: [HyphenDecision]
    /// The words OCR read on the page with their confidences (empty for a text layer), for review.
    public var words: [RecognizedWord] = []

    public init(
        number: Int, width: Double, height: Double, rotation: Int = 0, source: PageSource = .text,
        confidence: Double? = nil, lines: [Line] = [], blocks: [Block] = [], asides: [Line] = [],
        links: [PageLink] = [], furniture: [Furniture] = [], hyphenation: [HyphenDecision] = []
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.rotation = rotation
        self.source = source
        self.confidence = confidence
        self.lines = lines
        self.blocks = blocks
        self.asides = asides
        self.links = links
        self.furniture = furniture
        self.hyphenation = hyphenation
    }
}
