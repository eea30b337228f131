import DocumentModel
import Extraction
import Synchronization

/// A recognizer that reads nothing but records what it was given and answers with one line, so the
/// extractor's decisions can be tested without tesseract.
final class SpyRecognizer: PageRecognizer {
    struct Call: Sendable {
        var pageNumber: Int
        var width: Int
        var height: Int
        var dpi: Double
        /// Share of pixels darker than mid-grey: ink was rendered.
        var inkFraction: Double
    }

    let confidence: Double
    let failOnPage: Int?
    private let recorded = Mutex<[Call]>([])

    init(confidence: Double = 90, failOnPage: Int? = nil) {
        self.confidence = confidence
        self.failOnPage = failOnPage
    }

    var calls: [Call] { recorded.withLock { $0.sorted { $0.pageNumber < $1.pageNumber } } }

    func recognize(
        _ image: RenderedPage, pageNumber: Int, pageSize: (width: Double, height: Double)
    ) throws(ReferentError) -> RecognizedPage {
        if pageNumber == failOnPage {
            throw ReferentError(.internalFailure, file: "", page: pageNumber, message: "spy failure")
        }
        var dark = 0
        for y in stride(from: 0, to: image.height, by: 4) {
            for x in stride(from: 0, to: image.width, by: 4) where image.pixels[y * image.bytesPerRow + x * 4 + 1] < 128
            {
                dark += 1
            }
        }
        let samples = Double(((image.height + 3) / 4) * ((image.width + 3) / 4))
        let call = Call(
            pageNumber: pageNumber, width: image.width, height: image.height, dpi: image.dpi,
            inkFraction: Double(dark) / samples)
        recorded.withLock { $0.append(call) }
        let line = Line(
            text: "side \(pageNumber)", box: Rect(x: 72, y: 72, width: 100, height: 12), font: .unknown(size: 11),
            page: pageNumber, confidence: confidence)
        return RecognizedPage(
            lines: [line], words: [], confidence: confidence, rotation: 0, width: pageSize.width,
            height: pageSize.height)
    }
}
