import DocumentModel
import Foundation
import Testing

@testable import Extraction

/// Where poppler reports images, checked on a PDF written here: one 20 × 10 image scaled over a known
/// rectangle in the upper part of an A4 page, so a flipped axis would show.
@Suite struct ImageAreaTests {
    /// A minimal PDF whose page draws image Im0 at x 50…250, y 600…700 (PDF space, y up).
    static func pdfWithOneImage() -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> "
                + "/Contents 4 0 R >>",
            stream("q 200 0 0 100 50 600 cm /Im0 Do Q"),
            "<< /Type /XObject /Subtype /Image /Width 20 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                + "/Length 200 >>\nstream\n\(String(repeating: "\u{40}", count: 200))\nendstream",
        ]
        return Data(PopplerGlobals.minimalPDF(objects: objects))
    }

    static func stream(_ content: String) -> String {
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    @Test func imageAreasAreInTopLeftPageSpace() throws {
        let pdf = try PopplerDocument(data: Self.pdfWithOneImage(), password: nil, file: "image.pdf")
        let page = try #require(pdf.page(at: 0))
        let areas = page.imageAreas()
        #expect(areas.map(\.rounded) == [Rect(x: 50, y: 142, width: 200, height: 100)])
    }

    @Test func masksArePaintedWhiteOverTheRendering() throws {
        let pdf = try PopplerDocument(data: Self.pdfWithOneImage(), password: nil, file: "image.pdf")
        let page = try #require(pdf.page(at: 0))
        let plan = try #require(PageRenderer(dpi: 36, maxPixels: 1_000_000).plan(width: 595, height: 842))
        // At 36 dpi a point is half a pixel: the image spans pixels x 25…125, y 71…121.
        func grey(_ image: RenderedPage, x: Int, y: Int) -> UInt8 { image.pixels[y * image.bytesPerRow + x * 4 + 1] }
        let plain = try #require(page.render(plan))
        let masked = try #require(page.render(plan, masks: [Rect(x: 40, y: 130, width: 100, height: 120)]))
        #expect(grey(plain, x: 40, y: 95) == 0x40)
        #expect(grey(masked, x: 40, y: 95) == 0xFF, "under the mask")
        #expect(grey(masked, x: 100, y: 95) == 0x40, "beside the mask")
    }
}
