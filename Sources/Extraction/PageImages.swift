import CPoppler
import Dispatch
import DocumentModel
import Foundation
import Synchronization

/// Renders pages of a PDF to PNG for people to look at (the review page), with poppler and cairo, in memory.
/// Pages are rendered upright as displayed and as printed, like the pages OCR reads. Call from one thread
/// per document: poppler does not share a document between threads.
public struct PageImages: Sendable {
    /// Pixels per inch asked for; lowered for pages that would exceed `maxPixels`.
    public var dpi: Int
    /// A rendered page never has more pixels than this (a poster-sized or hostile page).
    public var maxPixels: Int

    public init(dpi: Int = 100, maxPixels: Int = 25_000_000) {
        self.dpi = dpi
        self.maxPixels = maxPixels
    }

    /// The PNG of page `page` (1-based). `file` names the PDF in errors.
    public func png(data: Data, password: String? = nil, page: Int, file: String) throws(ReferentError) -> Data {
        let pdf = try PopplerDocument(data: data, password: password, file: file)
        guard page >= 1, page <= pdf.pageCount else {
            throw ReferentError(
                .internalFailure, file: file, page: page, message: "the PDF has \(pdf.pageCount) pages, not \(page)")
        }
        guard let png = render(pdf, index: page - 1) else {
            throw ReferentError(.damaged, file: file, page: page, message: "the page could not be rendered")
        }
        return png
    }

    /// PNGs of the given pages (every page when nil), keyed by 1-based page number. With `threads` > 1 the
    /// pages are spread over that many threads, each with its own poppler document over the same bytes
    /// (poppler allows one document per thread). A page that cannot be rendered (cairo could not allocate
    /// it, poppler could not load it) is left out.
    public func pngs(
        data: Data, password: String? = nil, pages: [Int]? = nil, file: String, threads: Int = 1
    ) throws(ReferentError) -> [Int: Data] {
        let pdf = try PopplerDocument(data: data, password: password, file: file)
        let count = pdf.pageCount
        let wanted = (pages ?? Array(1...max(1, count))).filter { $0 >= 1 && $0 <= count }
        let workers = min(max(1, threads), wanted.count)
        guard workers > 1 else {
            var images: [Int: Data] = [:]
            for number in wanted { images[number] = render(pdf, index: number - 1) }
            return images
        }
        let images = Mutex([Int: Data]())
        let next = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Opening succeeded once on these bytes; should it fail here, those pages are left out.
            guard let own = try? PopplerDocument(data: data, password: password, file: file) else { return }
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < wanted.count else { return }
                let number = wanted[index]
                if let png = render(own, index: number - 1) { images.withLock { $0[number] = png } }
            }
        }
        return images.withLock { $0 }
    }

    private func render(_ pdf: PopplerDocument, index: Int) -> Data? {
        guard let page = pdf.page(at: index) else { return nil }
        let size = page.size
        let renderer = PageRenderer(dpi: dpi, maxPixels: maxPixels)
        guard let plan = renderer.plan(width: size.width, height: size.height), var image = page.render(plan) else {
            return nil
        }
        return Self.encodePNG(&image)
    }

    /// Wraps the rendered pixels in a cairo surface (no copy) and lets cairo write them as PNG into memory.
    private static func encodePNG(_ image: inout RenderedPage) -> Data? {
        let (width, height, stride) = (image.width, image.height, image.bytesPerRow)
        return image.pixels.withUnsafeMutableBufferPointer { buffer -> Data? in
            guard
                let surface = cairo_image_surface_create_for_data(
                    buffer.baseAddress, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(stride))
            else { return nil }
            defer { cairo_surface_destroy(surface) }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
            let sink = PNGSink()
            let status = withExtendedLifetime(sink) {
                cairo_surface_write_to_png_stream(surface, PNGSink.write, Unmanaged.passUnretained(sink).toOpaque())
            }
            return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
        }
    }
}

/// Collects the bytes cairo writes; reached from the C callback through an unretained pointer.
private final class PNGSink {
    var data = Data()

    /// A non-capturing function, as C needs; the sink comes back through `closure`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
        if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
        return CAIRO_STATUS_SUCCESS
    }
}
