import DocumentModel
import Foundation

/// The review page of one document: every page rendered, with what Referent made of it drawn over it, and
/// the meeting, the items and the diagnostics beside it. One self-contained HTML file: no network, no external
/// scripts or fonts; the one inline script is `<script id="referent-review">`, allowed by a per-page nonce in
/// the Content-Security-Policy, and every text from the PDF is escaped.
public struct ReviewPage {
    /// The HTML for `document` (as `DocumentPipeline.convert` returns it, normalised pages included).
    /// `pageImages` holds a PNG per 1-based page number (see `PageImages` in Extraction); a page without
    /// one is shown as an empty sheet with its boxes.
    public static func html(
        for document: Document, pageImages: [Int: Data], options: ReviewOptions = ReviewOptions()
    ) -> String {
        let regions = ItemRegions(document: document)
        let overlay = PageOverlay(document: document, regions: regions, options: options)
        var counts: [OverlayBox.Kind: Int] = [:]
        for box in overlay.boxes.values.joined() { counts[box.kind, default: 0] += 1 }
        let nonce = Self.nonce()
        let imageBytes = pageImages.values.reduce(0) { $0 + $1.count }
        var html = HTMLBuilder(capacity: imageBytes * 4 / 3 + 200_000)
        html.raw("<!DOCTYPE html>\n")
        html.element("html", ["lang": "en"]) { html in
            html.element("head") { html in
                html.open("meta", ["charset": "utf-8"])
                html.open(
                    "meta",
                    [
                        "http-equiv": "Content-Security-Policy",
                        "content": "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'; "
                            + "script-src 'nonce-\(nonce)'; base-uri 'none'; form-action 'none'",
                    ])
                html.open("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("title", text: "Review: \(document.minutes?.meeting.title ?? document.source.file)")
                html.element("style") { $0.raw(Styles.css) }
            }
            html.element("body") { html in
                Sidebar(document: document, counts: counts).render(into: &html)
                html.element("main") { html in
                    for page in document.pages {
                        let png = pageImages[page.number]
                        PageView(
                            page: page, boxes: overlay.boxes[page.number] ?? [],
                            imageSource: png.map { source(for: page.number, png: $0, options: options) },
                            turn: ImageTurn.degrees(page: page, png: png, diagnostics: document.diagnostics),
                            dpi: options.dpi
                        ).render(into: &html)
                    }
                }
                html.element("pre", ["id": "review-summary"]) { _ in }
                html.element("script", ["id": "referent-review", "nonce": nonce]) { $0.raw(ReviewScript.source) }
            }
        }
        html.raw("\n")
        return html.output
    }

    private static func source(for page: Int, png: Data, options: ReviewOptions) -> String {
        switch options.images {
        case .embedded:
            return "data:image/png;base64," + png.base64EncodedString()
        case .files(let folder):
            let encoded = folder.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? folder
            return "./\(encoded)/page-\(page).png"
        }
    }

    /// A fresh nonce per page: text from the PDF is written before it exists, so it cannot carry it.
    private static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
