import DocumentModel
import Testing

@testable import Extraction

/// Which pages are read by OCR, decided from hand-made text layers and image areas (no PDF, no tesseract):
/// a stamp over a scan is OCRed beside its stamp; an OCR layer over a scan and born-digital pages with
/// images stay as they are; image areas are asked for only when the text layer is sparse.
@Suite struct OCRDecisionTableTests {
    static let a4 = (width: 595.28, height: 841.89)
    static let fullPage = Rect(x: 0, y: 0, width: a4.width, height: a4.height)

    /// A text layer with one line per entry, each character a 5 × 10 pt box from `x`, `y` on.
    static func layer(_ lines: [(text: String, x: Double, y: Double)]) -> PageText {
        var text = PageText()
        for line in lines {
            for (offset, scalar) in line.text.unicodeScalars.enumerated() {
                text.scalars.append(scalar)
                text.boxes.append(Rect(x: line.x + Double(offset) * 5, y: line.y, width: 5, height: 10))
            }
            text.scalars.append("\n")
            text.boxes.append(Rect(x: line.x, y: line.y, width: 0, height: 10))
        }
        return text
    }

    /// A page of body text: `count` lines of 80 characters from 70 pt down, 14 pt apart.
    static func body(lines count: Int, from top: Double = 90) -> [(text: String, x: Double, y: Double)] {
        (0..<count).map { row in
            (String(repeating: "Referat af mødet ", count: 5).prefix(80).description, 70, top + Double(row) * 14)
        }
    }

    static let stamp: [(text: String, x: Double, y: Double)] = [
        ("Journalnr. 29.30.00-A00-1-20", 34, 18), ("Side 1 af 3", 515, 18),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: PageText
        var images: [Rect]
        var mode: OCROptions.Mode = .auto
        /// nil: any stamp-over-scan answer.
        var expected: PageReading?
        var stampOverScan = false
        /// Whether poppler may be asked for the image areas.
        var asksForImages: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "pure scan", text: PageText(), images: [fullPage], expected: .ocr, asksForImages: false),
        Case(
            name: "OCR-layered scan", text: layer(body(lines: 45)), images: [fullPage], expected: .textLayer,
            asksForImages: false),
        Case(
            name: "OCR-layered scan of a short letter", text: layer([("Med venlig hilsen Jens Hansen", 70, 400)]),
            images: [fullPage], expected: .textLayer, asksForImages: true),
        Case(
            name: "stamped scan", text: layer(stamp), images: [fullPage], stampOverScan: true, asksForImages: true),
        Case(
            name: "stamp beside a scan placed below a header",
            text: layer([("Aalborg Kommune · Sagsnr. 20-000123", 70, 30)]),
            images: [Rect(x: 30, y: 60, width: 535, height: 760)], stampOverScan: true, asksForImages: true),
        Case(
            name: "stamped scan in two image strips",
            text: layer(stamp),
            images: [
                Rect(x: 0, y: 0, width: a4.width, height: 430), Rect(x: 0, y: 420, width: a4.width, height: 421.89),
            ], stampOverScan: true, asksForImages: true),
        Case(
            name: "born-digital page with a logo", text: layer(body(lines: 40)),
            images: [Rect(x: 450, y: 20, width: 100, height: 50)], expected: .textLayer, asksForImages: false),
        Case(
            name: "born-digital last page with a logo",
            text: layer([("Mødet sluttede kl. 15.00", 70, 90), ("Referent: Malene Jensen", 70, 104)]),
            images: [Rect(x: 450, y: 20, width: 100, height: 50)], expected: .textLayer, asksForImages: true),
        Case(
            name: "born-digital page with a big photo and lots of text", text: layer(body(lines: 20, from: 480)),
            images: [Rect(x: 40, y: 40, width: 515, height: 420)], expected: .textLayer, asksForImages: false),
        Case(
            name: "stamped scan with OCR off", text: layer(stamp), images: [fullPage], mode: .off,
            expected: .textLayer, asksForImages: false),
        Case(
            name: "born-digital page forced", text: layer(body(lines: 40)), images: [], mode: .force, expected: .ocr,
            asksForImages: false),
    ]

    @Test(arguments: cases) func decision(_ example: Case) {
        var asked = false
        let reading = OCRDecision(mode: example.mode, minimumCharacters: 20).reading(
            of: example.text, pageWidth: Self.a4.width, pageHeight: Self.a4.height
        ) {
            asked = true
            return example.images
        }
        if example.stampOverScan {
            guard case .stampOverScan(let content) = reading else {
                Issue.record("\(example.name): \(reading)")
                return
            }
            #expect(!content.isEmpty)
        } else {
            #expect(reading == example.expected)
        }
        #expect(asked == example.asksForImages)
    }

    @Test func theStampLiesOutsideTheContentAreas() throws {
        // A stray glyph over the content (one of 36) is "almost none".
        let text = Self.layer(Self.stamp + [("3", 300, 420)])
        let content = try #require(
            StampOverScan.contentAreas(
                glyphs: text.glyphBoxes, images: [Self.fullPage], pageWidth: Self.a4.width,
                pageHeight: Self.a4.height))
        #expect(content.count == 1)
        #expect(!content[0].contains(x: 40, y: 23))
        #expect(content[0].contains(x: 302, y: 425))
    }

    @Test func unionAreaCountsOverlapsOnce() {
        let area = StampOverScan.unionArea(of: [
            Rect(x: 0, y: 0, width: 10, height: 10), Rect(x: 5, y: 5, width: 10, height: 10),
            Rect(x: 0, y: 0, width: 10, height: 10),
        ])
        #expect(area == 175)
        #expect(StampOverScan.unionArea(of: []) == 0)
    }

    @Test func stampLinesJoinOCRLinesByPosition() {
        func line(_ text: String, y: Double) -> Line {
            Line(text: text, box: Rect(x: 70, y: y, width: 200, height: 10), font: .unknown(size: 10), page: 1)
        }
        let ocr = [line("a", y: 100), line("b", y: 400), line("c", y: 700)]
        let stamp = [line("header", y: 20), line("margin note", y: 380), line("footer", y: 810)]
        let merged = StampMerge.lines(ocr: ocr, stamp: stamp).map(\.text)
        #expect(merged == ["header", "a", "margin note", "b", "c", "footer"])
        #expect(StampMerge.lines(ocr: ocr, stamp: []) == ocr)
        #expect(StampMerge.lines(ocr: [], stamp: stamp) == stamp)
    }

    @Test func boxesTurnWithTheirPage() {
        let box = Rect(x: 10, y: 20, width: 30, height: 5)
        let frame = (width: 100.0, height: 200.0)
        #expect(box.turned(clockwise: 0, inPageOf: frame) == box)
        #expect(box.turned(clockwise: 90, inPageOf: frame) == Rect(x: 175, y: 10, width: 5, height: 30))
        #expect(box.turned(clockwise: 180, inPageOf: frame) == Rect(x: 60, y: 175, width: 30, height: 5))
        #expect(box.turned(clockwise: 270, inPageOf: frame) == Rect(x: 20, y: 60, width: 5, height: 30))
    }
}
