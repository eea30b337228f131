import DocumentModel
import Foundation

/// Limits and secrets for reading PDFs.
public struct ExtractionOptions: Sendable, Equatable {
    /// Tried when the PDF is encrypted; nil tries the empty password only.
    public var password: String?
    /// A document with more pages fails rather than exhausting time and memory.
    public var maxPages: Int
    /// When pages are read by OCR; effective only with a recognizer.
    public var ocr: OCROptions

    public init(password: String? = nil, maxPages: Int = 2000, ocr: OCROptions = OCROptions()) {
        self.password = password
        self.maxPages = maxPages
        self.ocr = ocr
    }
}

/// Reads a PDF's text layer with poppler-glib, keeping layout: per page, lines in poppler's reading order
/// with boxes and fonts, URI links with their anchor words, page size and rotation, and the metadata.
/// With a recognizer, pages whose text layer is missing or unusable (or every page, when forced) are
/// rendered and read by OCR instead, into the same kind of lines.
public struct PDFExtractor: Sendable {
    public var options: ExtractionOptions
    /// Reads rendered pages; nil leaves textless pages empty with a `page.no-text` diagnostic.
    public var recognizer: (any PageRecognizer)?

    public init(options: ExtractionOptions = ExtractionOptions(), recognizer: (any PageRecognizer)? = nil) {
        self.options = options
        self.recognizer = recognizer
    }

    /// Extracts a document from the bytes of a PDF. `file` names it in the output and in errors.
    /// Call from one thread per document: poppler does not share a document between threads.
    public func extract(data: Data, file: String) throws(ReferentError) -> Document {
        let pdf = try PopplerDocument(data: data, password: options.password, file: file)
        let count = pdf.pageCount
        guard count > 0 else { throw ReferentError(.noPages, file: file, message: "the PDF has no pages") }
        guard count <= options.maxPages else {
            throw ReferentError(
                .tooManyPages, file: file,
                message: "\(count) pages is more than extraction.maxPages (\(options.maxPages))")
        }
        var document = Document(
            source: SourceInfo(file: file, sha256: sha256Hex(of: data), pages: count), metadata: pdf.metadata)
        var requests: [OCRPass.Request] = []
        for index in 0..<count {
            guard let page = pdf.page(at: index) else {
                throw ReferentError(.damaged, file: file, page: index + 1, message: "poppler could not load the page")
            }
            let text = page.textLayer()
            let extracted = extractPage(page, text: text, number: index + 1)
            if let request = ocrRequest(page, text: text, extracted: extracted, index: index) {
                requests.append(request)
            }
            document.pages.append(extracted)
        }
        if let recognizer, !requests.isEmpty {
            try OCRPass(options: options.ocr, recognizer: recognizer, file: file)
                .run(on: pdf, requests: requests, document: &document)
            let read = document.pages.filter { $0.source == .ocr || $0.source == .mixed }.map(\.number)
            if let first = read.first {
                let list = read.map(String.init).joined(separator: ", ")
                document.diagnostics.append(.info("page.ocr", "page(s) \(list) read by OCR", page: first))
            }
        }
        let textless = document.pages.filter(\.lines.isEmpty).map(\.number)
        if !textless.isEmpty {
            document.diagnostics.append(
                .warning(
                    "page.no-text", "no text layer on page(s) \(textless.map(String.init).joined(separator: ", "))",
                    page: textless.first))
        }
        return document
    }

    /// What the recognizer is asked to do with a page, if anything: never without a recognizer; otherwise
    /// as `OCRDecision` rules (every page when forced; pages whose text layer is missing or unusable, or only
    /// a stamp over a scanned image, in auto mode).
    private func ocrRequest(_ page: PopplerPage, text: PageText, extracted: Page, index: Int) -> OCRPass.Request? {
        guard recognizer != nil else { return nil }
        let decision = OCRDecision(mode: options.ocr.mode, minimumCharacters: options.ocr.minimumCharacters)
        let reading = decision.reading(of: text, pageWidth: extracted.width, pageHeight: extracted.height) {
            // poppler 22.12 measures an image drawn turned (as on a page with /Rotate 90) as if it were not:
            // its areas are then not where the image is, so a turned page is not judged by them.
            extracted.rotation == 0 ? page.imageAreas() : []
        }
        switch reading {
        case .textLayer: return nil
        case .ocr: return OCRPass.Request(index: index)
        case .stampOverScan(let content):
            let kept = extracted.lines.filter { line in
                !content.contains { $0.contains(x: line.box.midX, y: line.box.midY) }
            }
            return OCRPass.Request(index: index, keptLines: kept)
        }
    }

    private func extractPage(_ page: PopplerPage, text: PageText, number: Int) -> Page {
        let size = page.size
        let crop = page.cropBox
        // poppler-glib does not expose /Rotate; a displayed size that swaps the crop box's sides means the
        // page is turned a quarter.
        let quarterTurned =
            abs(crop.width - size.height) < 0.5 && abs(crop.height - size.width) < 0.5
            && abs(crop.width - crop.height) >= 0.5
        let built = LineBuilder(pageNumber: number).lines(
            from: text, links: page.uriLinks(pageHeight: size.height))
        return Page(
            number: number, width: size.width, height: size.height, rotation: quarterTurned ? 90 : 0,
            source: .text, lines: built.lines, links: built.links)
    }
}
