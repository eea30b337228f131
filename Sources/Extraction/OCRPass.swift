import DocumentModel
import Foundation

/// Reads the pages chosen for OCR: renders them on the document's thread (poppler allows one document per
/// thread), a few at a time so memory stays bounded, and recognises each batch in parallel.
struct OCRPass {
    var options: OCROptions
    var recognizer: any PageRecognizer
    var file: String

    /// One page to read.
    struct Request {
        /// 0-based.
        var index: Int
        /// Text-layer lines that stay beside what OCR reads (a stamp over a scan); they are painted out of the
        /// rendering so OCR does not read them twice. Nil: OCR replaces the page's text layer.
        var keptLines: [Line]?
    }

    /// Replaces the requested pages with what OCR reads on them and adds the diagnostics.
    func run(on pdf: PopplerDocument, requests: [Request], document: inout Document) throws(ReferentError) {
        let threads = options.threads > 0 ? options.threads : ProcessInfo.processInfo.activeProcessorCount
        let renderer = PageRenderer(dpi: options.dpi, maxPixels: options.maxPixels)
        let parallel = ParallelRecognition(recognizer: recognizer, threads: threads)
        var start = 0
        while start < requests.count {
            let batch = requests[start..<min(requests.count, start + max(1, threads))]
            start += batch.count
            var jobs: [ParallelRecognition.Job] = []
            var kept: [[Line]?] = []
            for request in batch {
                if let job = try render(pdf, request, renderer: renderer, document: &document) {
                    jobs.append(job)
                    kept.append(request.keptLines)
                }
            }
            for (index, result) in parallel.run(jobs).enumerated() {
                let job = jobs[index]
                switch result {
                case .success(let recognized):
                    let page = job.pageNumber - 1
                    if let lines = kept[index] {
                        document.diagnostics += applyBeside(lines, recognized, to: &document.pages[page])
                    } else {
                        document.diagnostics += apply(recognized, to: &document.pages[page])
                    }
                case .failure(let error):
                    throw ReferentError(error.reason, file: file, page: job.pageNumber, message: error.message)
                }
            }
        }
    }

    private func render(
        _ pdf: PopplerDocument, _ request: Request, renderer: PageRenderer, document: inout Document
    ) throws(ReferentError) -> ParallelRecognition.Job? {
        let number = request.index + 1
        guard let page = pdf.page(at: request.index) else {
            throw ReferentError(.damaged, file: file, page: number, message: "poppler could not load the page")
        }
        let size = page.size
        guard let plan = renderer.plan(width: size.width, height: size.height),
            let image = page.render(plan, masks: Self.masks(request.keptLines ?? []))
        else {
            document.diagnostics.append(
                .warning("ocr.render-failed", "page \(number) could not be rendered for OCR", page: number))
            return nil
        }
        if plan.reduced {
            document.diagnostics.append(
                .info(
                    "ocr.resolution-reduced",
                    "page \(number) rendered at \(Int(plan.dpi)) dpi to stay within ocr.maxPixels", page: number))
        }
        return ParallelRecognition.Job(image: image, pageNumber: number, pageSize: size)
    }

    /// Puts the OCR lines in the page's place and returns what is worth reporting about them.
    private func apply(_ recognized: RecognizedPage, to page: inout Page) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let number = page.number
        page.source = .ocr
        page.lines = recognized.lines
        page.words = recognized.words
        page.confidence = recognized.confidence.map { ($0 * 10).rounded() / 10 }
        if recognized.rotation != 0 {
            // Link areas are in the displayed frame; after turning the page they would point elsewhere.
            page.links = []
            page.rotation = (page.rotation + recognized.rotation) % 360
            page.width = recognized.width
            page.height = recognized.height
            diagnostics.append(
                .info(
                    "ocr.rotated", "page \(number) was scanned turned; read after turning it \(recognized.rotation)°",
                    page: number))
        }
        if let confidence = page.confidence, confidence < options.lowConfidence {
            diagnostics.append(
                .warning(
                    "ocr.low-confidence",
                    "page \(number): OCR confidence \(confidence) is below \(options.lowConfidence)", page: number))
        }
        return diagnostics
    }

    /// Merges OCR's reading of a stamped scan with the stamp's text-layer lines, in one reading order. When
    /// OCR reads nothing (the image held no text: a photo, not a scan) the page keeps its text layer.
    private func applyBeside(_ kept: [Line], _ recognized: RecognizedPage, to page: inout Page) -> [Diagnostic] {
        guard !recognized.lines.isEmpty else { return [] }
        let frame = (width: page.width, height: page.height)
        var diagnostics = apply(recognized, to: &page)
        let turn = recognized.rotation
        let stamp = kept.map { line in
            var line = line
            line.box = line.box.turned(clockwise: turn, inPageOf: frame)
            return line
        }
        page.source = .mixed
        page.lines = StampMerge.lines(ocr: page.lines, stamp: stamp)
        let number = page.number
        diagnostics.insert(
            .info(
                "page.mixed", "page \(number): text layer covers only a stamp over a scanned image; read by OCR",
                page: number), at: 0)
        return diagnostics
    }

    /// Areas painted white before OCR: the kept lines, a little larger than their glyph boxes so no ink
    /// of theirs is left for OCR to read.
    static func masks(_ lines: [Line]) -> [Rect] {
        lines.map { line in
            let pad = StampMerge.maskPadding
            return Rect(
                minX: line.box.minX - pad, minY: line.box.minY - pad, maxX: line.box.maxX + pad,
                maxY: line.box.maxY + pad)
        }
    }
}
