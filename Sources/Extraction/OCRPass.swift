import DocumentModel
import Foundation

/// Reads the pages chosen for OCR: renders them on the document's thread (poppler allows one document per
/// thread), a few at a time so memory stays bounded, and recognises each batch in parallel.
struct OCRPass {
    var options: OCROptions
    var recognizer: any PageRecognizer
    var file: String

    /// Replaces the pages at `indices` (0-based) with what OCR reads on them and adds the diagnostics.
    func run(on pdf: PopplerDocument, indices: [Int], document: inout Document) throws(ReferentError) {
        let threads = options.threads > 0 ? options.threads : ProcessInfo.processInfo.activeProcessorCount
        let renderer = PageRenderer(dpi: options.dpi, maxPixels: options.maxPixels)
        let parallel = ParallelRecognition(recognizer: recognizer, threads: threads)
        var start = 0
        while start < indices.count {
            let batch = indices[start..<min(indices.count, start + max(1, threads))]
            start += batch.count
            var jobs: [ParallelRecognition.Job] = []
            for index in batch {
                if let job = try render(pdf, index: index, renderer: renderer, document: &document) {
                    jobs.append(job)
                }
            }
            for (job, result) in zip(jobs, parallel.run(jobs)) {
                switch result {
                case .success(let recognized):
                    document.diagnostics += apply(recognized, to: &document.pages[job.pageNumber - 1])
                case .failure(let error):
                    throw ReferentError(error.reason, file: file, page: job.pageNumber, message: error.message)
                }
            }
        }
    }

    private func render(
        _ pdf: PopplerDocument, index: Int, renderer: PageRenderer, document: inout Document
    ) throws(ReferentError) -> ParallelRecognition.Job? {
        let number = index + 1
        guard let page = pdf.page(at: index) else {
            throw ReferentError(.damaged, file: file, page: number, message: "poppler could not load the page")
        }
        let size = page.size
        guard let plan = renderer.plan(width: size.width, height: size.height), let image = page.render(plan) else {
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
}
