import DocumentModel
import Extraction
import Foundation
import Synchronization

/// Renders a converted document's pages and writes its review page: what `referent review` does per PDF, and
/// what `referent convert --review` can call beside each JSON/XML. Rendering happens only when asked for.
public struct ReviewWriter: Sendable {
    public var options: ReviewOptions
    /// A rendered page never has more pixels than this.
    public var maxPixels: Int
    /// Threads rendering the pages of one document; 0 = one per core. A batch that already converts one
    /// document per core passes 1.
    public var threads: Int

    public init(options: ReviewOptions = ReviewOptions(), maxPixels: Int = 25_000_000, threads: Int = 0) {
        self.options = options
        self.maxPixels = maxPixels
        self.threads = threads
    }

    /// The review page's path beside an output file: `OUT/sub/x.json` → `OUT/sub/x.html`.
    public static func path(besideOutput output: String) -> String {
        ((output as NSString).deletingPathExtension as NSString).appendingPathExtension("html") ?? output + ".html"
    }

    /// Renders the pages of `pdf` (the bytes `document` was converted from) at `options.dpi` and writes the
    /// review page to `path` atomically. With `.files(folder:)` images the PNGs go to `folder/page-N.png`
    /// beside the HTML. Returns the HTML's size in bytes.
    @discardableResult
    public func write(
        document: Document, pdf: Data, password: String? = nil, to path: String
    ) throws(ReferentError) -> Int {
        let images = try PageImages(dpi: options.dpi, maxPixels: maxPixels)
            .pngs(data: pdf, password: password, file: document.source.file, threads: renderThreads)
        return try write(document: document, images: images, to: path)
    }

    /// Like `write(document:pdf:password:to:)`, but converts too: `convert` runs on this thread while the
    /// pages render on others, so a review costs little more than the slower of the two. `file` names the
    /// PDF in errors; a conversion error wins over a rendering one.
    @discardableResult
    public func write(
        pdf: Data, password: String? = nil, file: String, to path: String,
        convert: () throws(ReferentError) -> Document
    ) throws(ReferentError) -> Int {
        let rendered = RenderedImages()
        let done = DispatchGroup()
        let renderer = PageImages(dpi: options.dpi, maxPixels: maxPixels)
        let threads = renderThreads
        DispatchQueue.global().async(group: done) {
            let result = Result { () throws(ReferentError) in
                try renderer.pngs(data: pdf, password: password, file: file, threads: threads)
            }
            rendered.result.withLock { $0 = result }
        }
        let converted = Result { () throws(ReferentError) in try convert() }
        done.wait()
        let document = try converted.get()
        guard let images = rendered.result.withLock({ $0 }) else { return 0 }
        return try write(document: document, images: images.get(), to: path)
    }

    private func write(document: Document, images: [Int: Data], to path: String) throws(ReferentError) -> Int {
        let html = Data(ReviewPage.html(for: document, pageImages: images, options: options).utf8)
        let folder = (path as NSString).deletingLastPathComponent
        if case .files(let imageFolder) = options.images {
            let directory = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(imageFolder)
            try create(directory)
            for (number, png) in images {
                try save(png, to: (directory as NSString).appendingPathComponent("page-\(number).png"))
            }
        }
        if !folder.isEmpty { try create(folder) }
        try save(html, to: path)
        return html.count
    }

    private var renderThreads: Int {
        threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    }

    private func create(_ directory: String) throws(ReferentError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReferentError(.outputFailed, file: directory, message: "cannot create the folder: \(error)")
        }
    }

    /// Written to a temporary file and renamed, so a reader never sees half a page.
    private func save(_ data: Data, to path: String) throws(ReferentError) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ReferentError(.outputFailed, file: path, message: "cannot write \(path): \(error)")
        }
    }
}

/// The page images rendered on another thread, handed back under a lock.
private final class RenderedImages: Sendable {
    let result = Mutex<Result<[Int: Data], ReferentError>?>(nil)
}
