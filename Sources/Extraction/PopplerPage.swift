import CPoppler
import DocumentModel

/// Owns one poppler page. Confined to its document's thread, like the document.
final class PopplerPage {
    private let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Width and height in points as displayed (poppler applies the page's rotation).
    var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// The crop box as stored, before rotation.
    var cropBox: Rect {
        var rect = PopplerRectangle()
        poppler_page_get_crop_box(handle, &rect)
        return Rect(minX: rect.x1, minY: rect.y1, maxX: rect.x2, maxY: rect.y2)
    }

    /// The page's text with one box per Unicode scalar (newlines included) and its font runs.
    func textLayer() -> PageText {
        guard let textPointer = poppler_page_get_text(handle) else { return PageText() }
        let text = String(cString: textPointer)
        g_free(textPointer)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        var boxes: [Rect] = []
        if poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles {
            boxes = UnsafeBufferPointer(start: rectangles, count: Int(count)).map { r in
                Rect(minX: min(r.x1, r.x2), minY: min(r.y1, r.y2), maxX: max(r.x1, r.x2), maxY: max(r.y1, r.y2))
            }
        }
        g_free(rectangles)

        var runs: [FontRun] = []
        if let list = poppler_page_get_text_attributes(handle) {
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                if let raw = current.pointee.data {
                    let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let name = attributes.font_name.map { String(cString: $0) } ?? ""
                    let start = Int(attributes.start_index)
                    let end = Int(attributes.end_index)
                    if end >= start {
                        runs.append(FontRun(range: start..<(end + 1), fontName: name, size: attributes.font_size))
                    }
                }
                node = current.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }
        // One decoding pass: `Array(text.unicodeScalars)` and `append(contentsOf:)` decode the text twice,
        // once to count it.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return PageText(scalars: scalars, boxes: boxes, runs: runs)
    }

    /// URI link annotations with their areas converted to top-left page space, in reading order.
    func uriLinks(pageHeight: Double) -> [(box: Rect, uri: String)] {
        guard let list = poppler_page_get_link_mapping(handle) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var links: [(box: Rect, uri: String)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let mapping = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
            guard let action = mapping.action, action.pointee.type == POPPLER_ACTION_URI,
                let uri = action.pointee.uri.uri
            else { continue }
            let area = mapping.area
            let box = Rect(
                minX: min(area.x1, area.x2), minY: pageHeight - max(area.y1, area.y2),
                maxX: max(area.x1, area.x2), maxY: pageHeight - min(area.y1, area.y2))
            links.append((box, String(cString: uri)))
        }
        // poppler returns the list in reverse order.
        return links.sorted { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }
    }

    /// Where images are drawn on the page, in top-left page space as displayed. poppler interprets the whole
    /// content stream to find them (a render without rasterising), so ask only when cheaper signals say it
    /// matters.
    func imageAreas() -> [Rect] {
        guard let list = poppler_page_get_image_mapping(handle) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var areas: [Rect] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let area = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
            // Unlike link areas, already top-left: poppler measures them on an upside-down (screen) device.
            areas.append(
                Rect(
                    minX: min(area.x1, area.x2), minY: min(area.y1, area.y2), maxX: max(area.x1, area.x2),
                    maxY: max(area.y1, area.y2)))
        }
        return areas
    }

    /// Renders the page upright as displayed (poppler applies /Rotate) on white, as printed: annotations
    /// that are not meant for print are left out. `masks` (top-left page space) are painted white over the
    /// rendering, so text kept from the text layer is not read again. Nil when cairo cannot allocate or
    /// draw the surface.
    func render(_ plan: PageRenderer.Plan, masks: [Rect] = []) -> RenderedPage? {
        guard let canvas = CairoCanvas(width: plan.width, height: plan.height) else { return nil }
        canvas.draw(scale: plan.dpi / 72) { context in
            guard !masks.isEmpty else {
                poppler_page_render_for_printing(handle, context)
                return
            }
            cairo_save(context)
            poppler_page_render_for_printing(handle, context)
            cairo_restore(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            for mask in masks { cairo_rectangle(context, mask.x, mask.y, mask.width, mask.height) }
            cairo_fill(context)
        }
        guard let pixels = canvas.pixels() else { return nil }
        return RenderedPage(
            width: plan.width, height: plan.height, bytesPerRow: pixels.bytesPerRow, pixels: pixels.bytes,
            dpi: plan.dpi)
    }
}
