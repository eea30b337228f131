import DocumentModel

/// Recognises a scanned page that also carries a little real text: a case system's stamp ("Side 3 af 10", a
/// case number, a header line) printed beside the image or over its margin. Such a text layer passes as
/// usable, yet it holds only the stamp; the page's content is in the image and must be read by OCR.
///
/// A scan that was already OCRed (an invisible text layer over the image, as OCRmyPDF makes) has its glyphs
/// over the image's content, so it is left as it is; so are born-digital pages with a logo (small images)
/// or with a photo beside plenty of text (more text than a stamp).
enum StampOverScan {
    /// A text layer with more text characters than this is more than a stamp. A stamp is a page number, a
    /// case or document number and perhaps a header line: well under 100 characters; a page of minutes or
    /// an OCR layer over a scanned letter has many hundreds. Checked first: it needs no call to poppler.
    static let maximumStampCharacters = 200
    /// Images must cover at least this share of the page for it to be a scan: a logo or a photo beside
    /// the text covers far less, a scanned page (nearly) all of it.
    static let minimumImageCoverage = 0.5
    /// The outer band of an image, as a share of its width and of its height on each side, that counts as
    /// its margin. A full-page scan's margins are blank paper (minutes keep 20–30 mm of a 210 mm page, about
    /// 10–14 %), and that is where stamps go; glyphs further in lie over the scanned content.
    static let imageMarginFraction = 0.08
    /// At most this share of the text layer's glyphs may lie over image content: "almost none", so that a
    /// stamp grazing the content edge still counts, while an OCR layer (all of its glyphs) never does.
    static let maximumGlyphShareOverContent = 0.1

    /// Whether a usable text layer is small enough to be a stamp: the cheap test before asking for images.
    static func mayBeStamp(_ quality: TextLayerQuality) -> Bool {
        quality.textCharacters <= maximumStampCharacters
    }

    /// The content areas of the images (each image without its margin band) when the text layer, whose
    /// glyph boxes are `glyphs`, is only a stamp over a scan; nil when the page is not such a page.
    /// All rectangles are in top-left page space.
    static func contentAreas(glyphs: [Rect], images: [Rect], pageWidth: Double, pageHeight: Double) -> [Rect]? {
        guard pageWidth > 0, pageHeight > 0, pageWidth.isFinite, pageHeight.isFinite, !glyphs.isEmpty else {
            return nil
        }
        let page = Rect(x: 0, y: 0, width: pageWidth, height: pageHeight)
        let clipped = images.compactMap { $0.clipped(to: page) }
        guard unionArea(of: clipped) >= minimumImageCoverage * pageWidth * pageHeight else { return nil }
        let content = clipped.compactMap(\.withoutMargin)
        let overContent = glyphs.filter { glyph in content.contains { $0.contains(x: glyph.midX, y: glyph.midY) } }
        guard Double(overContent.count) <= maximumGlyphShareOverContent * Double(glyphs.count) else { return nil }
        return content
    }

    /// At most this many images are considered (the largest): a hostile page may draw thousands, and a
    /// scan is one or a few large ones.
    static let maximumImages = 64

    /// The area covered by the union of `rects`: vertical slabs between their x edges, and in each slab the
    /// merged y intervals of the rectangles that span it.
    static func unionArea(of rects: [Rect]) -> Double {
        let kept =
            rects.count <= maximumImages
            ? rects : Array(rects.sorted { $0.width * $0.height > $1.width * $1.height }.prefix(maximumImages))
        let edges = Array(Set(kept.flatMap { [$0.minX, $0.maxX] })).sorted()
        var area = 0.0
        for (left, right) in zip(edges, edges.dropFirst()) where right > left {
            let spanning = kept.filter { $0.minX <= left && $0.maxX >= right }
            let spans = spanning.map { ($0.minY, $0.maxY) }.sorted(by: <)
            var covered = 0.0
            var current: (start: Double, end: Double)?
            for (start, end) in spans {
                if let open = current, start <= open.end {
                    current = (open.start, max(open.end, end))
                } else {
                    if let open = current { covered += open.end - open.start }
                    current = (start, end)
                }
            }
            if let open = current { covered += open.end - open.start }
            area += covered * (right - left)
        }
        return area
    }
}

extension Rect {
    /// The part inside `other`, nil when they do not overlap.
    fileprivate func clipped(to other: Rect) -> Rect? {
        let result = Rect(
            minX: max(minX, other.minX), minY: max(minY, other.minY), maxX: min(maxX, other.maxX),
            maxY: min(maxY, other.maxY))
        return result.width > 0 && result.height > 0 ? result : nil
    }

    /// The rectangle without its margin band (`StampOverScan.imageMarginFraction` of each side).
    fileprivate var withoutMargin: Rect? {
        let dx = width * StampOverScan.imageMarginFraction
        let dy = height * StampOverScan.imageMarginFraction
        let inner = Rect(minX: minX + dx, minY: minY + dy, maxX: maxX - dx, maxY: maxY - dy)
        return inner.width > 0 && inner.height > 0 ? inner : nil
    }

    /// Whether the point lies inside (edges included).
    func contains(x px: Double, y py: Double) -> Bool {
        px >= minX && px <= maxX && py >= minY && py <= maxY
    }
}
