import DocumentModel
import Extraction
import Foundation
import Testing

/// Which pages go to the recognizer, and what the extractor makes of its answers (no tesseract needed).
@Suite struct OCRDecisionTests {
    /// Low resolution: these tests are about decisions, not reading.
    let fast = OCROptions(dpi: 36, threads: 2)

    func extract(_ url: URL, _ ocr: OCROptions, _ spy: SpyRecognizer?) throws -> Document {
        try PDFExtractor(options: ExtractionOptions(ocr: ocr), recognizer: spy).extract(
            data: OCRFixtures.data(url), file: url.lastPathComponent)
    }

    @Test func goodTextLayerIsNeverOCRed() throws {
        let spy = SpyRecognizer()
        let document = try extract(OCRFixtures.bornDigital, fast, spy)
        #expect(spy.calls.isEmpty)
        #expect(document.pages.allSatisfy { $0.source == .text && $0.confidence == nil })
        #expect(
            document
                == (try PDFExtractor().extract(
                    data: OCRFixtures.data(OCRFixtures.bornDigital), file: "politisk-klynge-2020-01-16.pdf")))
    }

    @Test func textlessPagesAreOCRed() throws {
        let spy = SpyRecognizer()
        let document = try extract(OCRFixtures.scan, fast, spy)
        #expect(spy.calls.map(\.pageNumber) == [1, 2, 3])
        #expect(spy.calls.allSatisfy { $0.inkFraction > 0.01 && $0.inkFraction < 0.5 })
        #expect(document.pages.map(\.source) == [.ocr, .ocr, .ocr])
        #expect(document.pages[1].lines.map(\.text) == ["side 2"])
        #expect(document.pages[0].confidence == 90)
        #expect(document.diagnostics.map(\.code) == ["page.ocr"])
    }

    @Test func aStampOverAScanIsReadByOCRBesideTheStamp() throws {
        let spy = SpyRecognizer()
        let document = try extract(OCRFixtures.stamped, fast, spy)
        #expect(spy.calls.map(\.pageNumber) == [1, 2, 3])
        #expect(document.pages.map(\.source) == [.mixed, .mixed, .mixed])
        #expect(document.pages[1].lines.map(\.text) == ["Journalnr. 29.30.00-A00-1-20", "Side 2 af 3", "side 2"])
        #expect(document.pages[1].lines.map(\.confidence) == [nil, nil, 90])
        #expect(document.pages[1].confidence == 90)
        #expect(document.diagnostics.map(\.code) == ["page.mixed", "page.mixed", "page.mixed", "page.ocr"])
        #expect(
            document.diagnostics.first?.message
                == "page 1: text layer covers only a stamp over a scanned image; read by OCR")
    }

    @Test func aStampOverAScanStaysTextWithModeOffAndIsReplacedWhenForced() throws {
        var off = fast
        off.mode = .off
        let spy = SpyRecognizer()
        let plain = try extract(OCRFixtures.stamped, off, spy)
        #expect(spy.calls.isEmpty)
        #expect(plain.pages.allSatisfy { $0.source == .text && $0.lines.count == 2 })
        var force = fast
        force.mode = .force
        let forced = try extract(OCRFixtures.stamped, force, SpyRecognizer())
        #expect(forced.pages.map(\.source) == [.ocr, .ocr, .ocr])
        #expect(forced.pages[0].lines.map(\.text) == ["side 1"])
    }

    @Test func forcedModeOCRsEveryPage() throws {
        let spy = SpyRecognizer()
        var options = fast
        options.mode = .force
        let document = try extract(OCRFixtures.bornDigital, options, spy)
        #expect(spy.calls.count == 3)
        #expect(document.pages.allSatisfy { $0.source == .ocr })
    }

    @Test func withoutRecognizerOrWithModeOffTextlessPagesStayEmpty() throws {
        let spy = SpyRecognizer()
        var off = fast
        off.mode = .off
        let plain = try PDFExtractor().extract(data: OCRFixtures.data(OCRFixtures.scan), file: "scan.pdf")
        let switchedOff = try PDFExtractor(options: ExtractionOptions(ocr: off), recognizer: spy).extract(
            data: OCRFixtures.data(OCRFixtures.scan), file: "scan.pdf")
        #expect(spy.calls.isEmpty)
        #expect(plain == switchedOff)
        #expect(plain.diagnostics.map(\.code) == ["page.no-text"])
        #expect(plain.pages.allSatisfy { $0.lines.isEmpty && $0.source == .text })
    }

    @Test func lowConfidenceIsAWarning() throws {
        let document = try extract(OCRFixtures.scan, fast, SpyRecognizer(confidence: 40))
        let warnings = document.diagnostics.filter { $0.code == "ocr.low-confidence" }
        #expect(warnings.map(\.page) == [1, 2, 3])
        #expect(warnings.allSatisfy { $0.level == .warning })
    }

    @Test func giantPagesStayWithinThePixelLimit() throws {
        let spy = SpyRecognizer()
        let options = OCROptions(dpi: 300, maxPixels: 500_000, threads: 2)
        let document = try extract(OCRFixtures.scan, options, spy)
        #expect(spy.calls.count == 3)
        #expect(spy.calls.allSatisfy { $0.width * $0.height <= 500_000 && $0.dpi < 300 })
        #expect(document.diagnostics.filter { $0.code == "ocr.resolution-reduced" }.count == 3)
    }

    @Test func recognizerFailureNamesFileAndPage() throws {
        #expect {
            try extract(OCRFixtures.scan, fast, SpyRecognizer(failOnPage: 2))
        } throws: { error in
            let failure = error as? ReferentError
            return failure?.file == "politisk-klynge-2020-01-16-scan.pdf" && failure?.page == 2
        }
    }
}
