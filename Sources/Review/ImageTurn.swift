import DocumentModel
import Foundation

/// How far a page image must be turned clockwise to match the page's boxes. poppler renders a page as
/// displayed, but OCR may have read a page scanned sideways after turning it: its boxes (and
/// `Page.width`/`height`) are then in the upright frame while the rendering is not.
enum ImageTurn {
    /// Degrees (0, 90, 180, 270) for `page` whose PNG is `png`.
    static func degrees(page: Page, png: Data?, diagnostics: [Diagnostic]) -> Int {
        guard page.source == .ocr || page.source == .mixed else { return 0 }
        if let size = png.flatMap({ pixelSize(of: $0) }), page.width > 0, page.height > 0 {
            let imageLandscape = size.width > size.height
            let pageLandscape = page.width > page.height
            if imageLandscape != pageLandscape, abs(page.width - page.height) > 1 {
                // A quarter turn; `rotation` is the page's /Rotate plus the OCR turn, and /Rotate (0 or 90) is
                // already in the rendering: the one candidate that is a quarter turn is the OCR's.
                return page.rotation % 180 == 90 ? page.rotation : (page.rotation + 270) % 360
            }
        }
        // A half turn leaves the aspect alone; only OCR's diagnostic tells.
        let upsideDown = diagnostics.contains {
            $0.code == "ocr.rotated" && $0.page == page.number
                && $0.message.contains("180")
        }
        return upsideDown ? 180 : 0
    }

    /// Width and height from a PNG's IHDR chunk; nil when the bytes are not a PNG.
    static func pixelSize(of png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[0] == 0x89, bytes[1] == 0x50, bytes[12...15] == [0x49, 0x48, 0x44, 0x52]
        else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
