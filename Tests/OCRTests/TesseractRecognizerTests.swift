import DocumentModel
import Extraction
import Foundation
import OCR
import Testing

/// Reads the fixture scans with tesseract. Skipped when dan.traineddata is not installed.
@Suite(.enabled(if: OCRFixtures.danishAvailable, "tesseract's dan.traineddata is not installed"))
struct TesseractRecognizerTests {
    /// Measured 0.0–1.6 % per page (0.7 % over the three) at 300 dpi; the floor leaves room for other
    /// tesseract builds.
    static let maximumCharacterErrorRate = 0.03
    static let minimumConfidence = 85.0

    /// The whole scan, read once for the suite (three pages at 300 dpi on two threads, ~5 s).
    static let scan: Result<Document, any Error> = Result {
        let recognizer = try #require(OCRFixtures.recognizer)
        return try PDFExtractor(options: ExtractionOptions(ocr: OCROptions(threads: 2)), recognizer: recognizer)
            .extract(data: OCRFixtures.data(OCRFixtures.scan), file: "scan.pdf")
    }

    @Test func scanPagesBecomeOCRLinesWithinThePage() throws {
        let document = try Self.scan.get()
        #expect(document.pages.count == 3)
        for page in document.pages {
            #expect(page.source == .ocr)
            #expect((page.confidence ?? 0) > Self.minimumConfidence)
            #expect(page.lines.count > 30)
            for line in page.lines {
                #expect(line.box.minX >= 0 && line.box.minY >= 0)
                #expect(line.box.maxX <= page.width && line.box.maxY <= page.height)
                #expect(line.confidence != nil && line.font.name.isEmpty && line.page == page.number)
            }
        }
        #expect(!document.diagnostics.contains { $0.code == "ocr.low-confidence" || $0.code == "page.no-text" })
    }

    @Test func scanTextMatchesTheBornDigitalSource() throws {
        let document = try Self.scan.get()
        let reference = try PDFExtractor().extract(data: OCRFixtures.data(OCRFixtures.bornDigital), file: "source.pdf")
        for (page, source) in zip(document.pages, reference.pages) {
            let rate = OCRFixtures.characterErrorRate(
                OCRFixtures.readingText(page), reference: OCRFixtures.readingText(source))
            #expect(rate <= Self.maximumCharacterErrorRate, "page \(page.number): CER \(rate)")
        }
    }

    @Test func headingsAreLargerThanBodyText() throws {
        let page = try Self.scan.get().pages[0]
        let heading = try #require(page.lines.first { $0.text.hasPrefix("1. Velkommen") })
        let body = try #require(page.lines.first { $0.text.hasPrefix("Mads bød velkommen") })
        #expect(body.font.size == 10.5)
        #expect(heading.font.size >= body.font.size * 1.15)
    }

    @Test func aPageScannedSidewaysIsReadUpright() throws {
        let recognizer = try #require(OCRFixtures.recognizer)
        let document = try PDFExtractor(options: ExtractionOptions(ocr: OCROptions(dpi: 200)), recognizer: recognizer)
            .extract(data: OCRFixtures.data(OCRFixtures.sideways), file: "sideways.pdf")
        let page = try #require(document.pages.first)
        #expect(page.source == .ocr && page.rotation == 90)
        #expect(page.width < page.height)
        #expect(page.lines.contains { $0.text == "Lene Linnemann, Regionsrådet" })
        #expect((page.confidence ?? 0) > Self.minimumConfidence)
    }

    @Test func aRotatedPageIsReadUpright() throws {
        let recognizer = try #require(OCRFixtures.recognizer)
        let options = ExtractionOptions(ocr: OCROptions(mode: .force, dpi: 200))
        let document = try PDFExtractor(options: options, recognizer: recognizer)
            .extract(data: OCRFixtures.data(OCRFixtures.rotated), file: "rotated-90.pdf")
        let page = try #require(document.pages.first)
        #expect(page.rotation == 90 && page.width > page.height)
        #expect(page.lines.contains { $0.text == "Referat af bestyrelsesmøde" })
    }

    @Test func recognitionWritesNoTemporaryFiles() throws {
        let temporary = FileManager.default.temporaryDirectory.path
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: temporary))
        let recognizer = try #require(OCRFixtures.recognizer)
        _ = try PDFExtractor(
            options: ExtractionOptions(ocr: OCROptions(mode: .force, dpi: 100)), recognizer: recognizer
        )
        .extract(data: OCRFixtures.data(OCRFixtures.rotated), file: "rotated-90.pdf")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: temporary))
        #expect(after.subtracting(before).filter { $0.lowercased().contains("tess") || $0.hasSuffix(".png") }.isEmpty)
    }

    @Test func aMissingLanguageFailsEarly() {
        #expect(throws: ReferentError.self) { try TesseractRecognizer(language: "xx-no-such-language") }
        #expect(!TesseractRecognizer.isAvailable(language: "dan+xx-no-such-language"))
    }
}
