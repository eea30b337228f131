import DocumentModel
import Foundation

/// One page of the review: its heading line, the rendered image, and the overlay boxes positioned in
/// percent of the page's displayed size, so they stay on their words at any zoom.
struct PageView {
    let page: Page
    let boxes: [OverlayBox]
    /// The `src` for the page image, nil when it could not be rendered.
    let imageSource: String?
    /// Clockwise degrees the image is turned to match the boxes (see `ImageTurn`).
    let turn: Int
    let dpi: Int

    func render(into html: inout HTMLBuilder) {
        let number = String(page.number)
        html.element("section", ["class": "page", "id": "page-\(number)", "data-page": number]) { html in
            html.element("div", ["class": "page-head"]) { html in
                html.element("b", text: "Page \(number)")
                html.text(" · \(sourceDescription) · \(format(page.width)) × \(format(page.height)) pt")
                if !page.furniture.isEmpty { html.text(" · \(page.furniture.count) line(s) removed as furniture") }
            }
            let width = max(1, (page.width * Double(dpi) / 72).rounded())
            let style = "width:\(format(width))px;aspect-ratio:\(format(page.width))/\(format(page.height))"
            html.element("div", ["class": "sheet", "style": style]) { html in
                image(into: &html)
                for box in boxes { render(box, into: &html) }
            }
        }
    }

    private var sourceDescription: String {
        switch page.source {
        case .text: return "text layer"
        case .ocr: return "OCR" + (page.confidence.map { ", mean confidence \(format($0))" } ?? "")
        case .mixed:
            return "OCR beside a text-layer stamp" + (page.confidence.map { ", mean confidence \(format($0))" } ?? "")
        }
    }

    private func image(into html: inout HTMLBuilder) {
        guard let imageSource else {
            html.element("div", ["class": "noimage"], text: "The page image could not be rendered.")
            return
        }
        guard turn != 0 else {
            html.open("img", ["src": imageSource, "alt": "Page \(page.number)"])
            return
        }
        // The image, in the frame it was rendered in, is turned about the page's centre.
        let quarter = turn % 180 == 90
        let w = quarter ? page.height / page.width * 100 : 100
        let h = quarter ? page.width / page.height * 100 : 100
        let style = "width:\(format(w))%;height:\(format(h))%;transform:translate(-50%,-50%) rotate(\(turn)deg)"
        html.open("img", ["class": "turned", "src": imageSource, "alt": "Page \(page.number)", "style": style])
    }

    private func render(_ box: OverlayBox, into html: inout HTMLBuilder) {
        // Clamped to the page, so a stray box cannot leave it.
        let left = clamp(box.box.minX, to: page.width)
        let top = clamp(box.box.minY, to: page.height)
        let right = max(left, clamp(box.box.maxX, to: page.width))
        let bottom = max(top, clamp(box.box.maxY, to: page.height))
        let style = [
            "left:\(percent(left, of: page.width))", "top:\(percent(top, of: page.height))",
            "width:\(percent(right - left, of: page.width))", "height:\(percent(bottom - top, of: page.height))",
        ].joined(separator: ";")
        let colour = box.itemIndex.map { "c\($0 % Styles.itemColours.count)" }
        let classes = ["box", colour].compactMap { $0 }.joined(separator: " ")
        let id = box.kind == .item && box.role == "heading" ? box.itemIndex.map { "item-\($0)" } : nil
        let tag = box.href == nil ? "div" : "a"
        html.element(
            tag,
            [
                "class": classes, "id": id, "data-kind": box.kind.rawValue, "data-page": String(box.page),
                "data-role": box.role, "data-item": box.item, "data-item-index": box.itemIndex.map(String.init),
                "title": box.title, "style": style, "href": box.href, "target": box.href == nil ? nil : "_blank",
                "rel": box.href == nil ? nil : "noopener noreferrer",
            ]
        ) { html in
            if let tag = box.tag { html.element("span", ["class": "tag"], text: tag) }
        }
    }

    private func clamp(_ value: Double, to limit: Double) -> Double {
        value.isFinite ? min(max(0, value), max(0, limit)) : 0
    }

    private func percent(_ value: Double, of total: Double) -> String {
        total > 0 ? format(value / total * 100) + "%" : "0%"
    }

    /// At most three decimals, without trailing zeros: small, stable markup.
    private func format(_ value: Double) -> String {
        let text = String((value * 1000).rounded() / 1000)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
