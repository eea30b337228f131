import DocumentModel
import Extraction
import Foundation
import Pipeline
import Review

/// Fixture paths and converted documents shared by the review tests.
enum ReviewFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let chefforum = root.appendingPathComponent("fixtures/pdf/region/chefforum-sundhedsklynge-midt.pdf")
    static let politisk = root.appendingPathComponent("fixtures/pdf/region/politisk-klynge-2020-01-16.pdf")
    static let script = root.appendingPathComponent("fixtures/pdf/special/script-in-text.pdf")
    static let scan = root.appendingPathComponent("fixtures/pdf/scan/politisk-klynge-2020-01-16-scan.pdf")

    /// The document as the pipeline finishes it, with the PDF's bytes.
    static func convert(_ url: URL) throws -> (document: Document, pdf: Data) {
        let data = try Data(contentsOf: url)
        let document = try DocumentPipeline(config: PipelineConfig()).convert(
            data: data, file: url.lastPathComponent
        ).document
        return (document, data)
    }

    /// The review page's HTML for a fixture, with its page images.
    static func reviewHTML(_ url: URL, dpi: Int = 100) throws -> (html: String, document: Document) {
        let (document, data) = try convert(url)
        let images = try PageImages(dpi: dpi).pngs(data: data, file: url.lastPathComponent)
        return (ReviewPage.html(for: document, pageImages: images, options: ReviewOptions(dpi: dpi)), document)
    }

    /// A fresh folder under the temporary directory.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "referent-review-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The overlay boxes of a review page, read back from its markup.
struct MarkupBox: Equatable {
    var kind: String
    var page: Int
    var item: String?
    var role: String?

    /// Every element carrying `data-kind` inside a page, in document order.
    static func all(in html: String) -> [MarkupBox] {
        let pattern = /<(?:div|a) class="box[^"]*"[^>]*>/
        return html.matches(of: pattern).compactMap { match in
            let tag = String(match.output)
            guard let kind = attribute("data-kind", in: tag),
                let page = attribute("data-page", in: tag).flatMap(Int.init)
            else { return nil }
            return MarkupBox(
                kind: kind, page: page, item: attribute("data-item", in: tag), role: attribute("data-role", in: tag))
        }
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
