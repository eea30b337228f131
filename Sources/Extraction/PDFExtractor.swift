import DocumentModel
import Foundation

/// Limits and secrets for reading PDFs.
public struct ExtractionOptions: Sendable, Equatable {
    /// Tried when the PDF is encrypted; nil tries the empty password only.
    public var password: String?
    /// A document with more pages fails rather than exhausting time and memory.
    public var maxPages: Int

    public init(password: String? = nil, maxPages: Int = 2000) {
        self.password = password
        self.maxPages = maxPages
    }
}

/// Reads a PDF's text layer with poppler-glib, keeping layout: per page, lines in poppler's reading order
/// with boxes and fonts, URI links with their anchor words, page size and rotation, and the metadata.
public struct PDFExtractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
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
        var textless: [Int] = []
        for index in 0..<count {
            guard let page = pdf.page(at: index) else {
                throw ReferentError(.damaged, file: file, page: index + 1, message: "poppler could not load the page")
            }
            let extracted = extractPage(page, number: index + 1)
            if extracted.lines.isEmpty { textless.append(index + 1) }
            document.pages.append(extracted)
        }
        if !textless.isEmpty {
            document.diagnostics.append(
                .warning(
                    "page.no-text", "no text layer on page(s) \(textless.map(String.init).joined(separator: ", "))",
                    page: textless.first))
        }
        return document
    }

    private func extractPage(_ page: PopplerPage, number: Int) -> Page {
        let size = page.size
        let crop = page.cropBox
        // poppler-glib does not expose /Rotate; a displayed size that swaps the crop box's sides means the
        // page is turned a quarter.
        let quarterTurned =
            abs(crop.width - size.height) < 0.5 && abs(crop.height - size.width) < 0.5
            && abs(crop.width - crop.height) >= 0.5
        let built = LineBuilder(pageNumber: number).lines(
            from: page.textLayer(), links: page.uriLinks(pageHeight: size.height))
        return Page(
            number: number, width: size.width, height: size.height, rotation: quarterTurned ? 90 : 0,
            source: .text, lines: built.lines, links: built.links)
    }
}
