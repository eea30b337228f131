import DocumentModel

/// How one page is read.
enum PageReading: Equatable {
    /// Its text layer, as it is.
    case textLayer
    /// OCR, in place of the text layer.
    case ocr
    /// A stamp over a scan: OCR reads the image, the text-layer lines outside the images' `content` stay.
    case stampOverScan(content: [Rect])
}

/// Chooses how a page is read from its text layer and, only when that leaves the question open, from where
/// its images lie. A pure function of its inputs, so the rule is testable without PDFs.
struct OCRDecision {
    var mode: OCROptions.Mode
    var minimumCharacters: Int

    /// `imageAreas` (top-left page space) is called only for a usable but sparse text layer in auto mode:
    /// poppler interprets the whole page to answer, which born-digital pages must not pay for.
    func reading(
        of text: PageText, pageWidth: Double, pageHeight: Double, imageAreas: () -> [Rect]
    ) -> PageReading {
        switch mode {
        case .off: return .textLayer
        case .force: return .ocr
        case .auto:
            let quality = TextLayerQuality(scalars: text.scalars)
            guard quality.isUsable(minimumCharacters: minimumCharacters) else { return .ocr }
            guard StampOverScan.mayBeStamp(quality) else { return .textLayer }
            let images = imageAreas()
            guard !images.isEmpty,
                let content = StampOverScan.contentAreas(
                    glyphs: text.glyphBoxes, images: images, pageWidth: pageWidth, pageHeight: pageHeight)
            else { return .textLayer }
            return .stampOverScan(content: content)
        }
    }
}

extension PageText {
    /// Boxes of the scalars that are not whitespace (poppler gives newlines and spaces boxes too).
    var glyphBoxes: [Rect] {
        zip(scalars, boxes).compactMap { scalar, box in scalar.properties.isWhitespace ? nil : box }
    }
}
