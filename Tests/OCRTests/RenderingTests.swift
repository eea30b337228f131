import Testing

@testable import Extraction
@testable import OCR

@Suite struct RenderingTests {
    @Test func turningTwiceAQuarterEqualsAHalfTurn() {
        // 3 × 2 pixels, numbered in the blue channel.
        let pixels: [UInt8] = (0..<6).flatMap { [UInt8($0), 0, 0, 0] }
        let image = RenderedPage(width: 3, height: 2, bytesPerRow: 12, pixels: pixels, dpi: 72)
        let quarter = image.turned(clockwise: 90)
        #expect(quarter.width == 2 && quarter.height == 3)
        // Clockwise: the left column, read bottom to top, becomes the top row.
        #expect(stride(from: 0, to: 24, by: 4).map { quarter.pixels[$0] } == [3, 0, 4, 1, 5, 2])
        #expect(quarter.turned(clockwise: 90).pixels == image.turned(clockwise: 180).pixels)
        #expect(image.turned(clockwise: 270).turned(clockwise: 90).pixels == pixels)
    }

    @Test(arguments: [(595.0, 842.0), (14_400.0, 14_400.0), (200.0, 14_400.0), (1.0, 1.0)])
    func renderPlansStayWithinLimits(_ size: (Double, Double)) throws {
        let renderer = PageRenderer(dpi: 300, maxPixels: 25_000_000)
        let plan = try #require(renderer.plan(width: size.0, height: size.1))
        #expect(plan.width * plan.height <= 25_000_000)
        #expect(max(plan.width, plan.height) <= PageRenderer.maxSide)
        #expect(plan.reduced == (plan.dpi < 300))
    }

    @Test func a4At300DPIIsNotReduced() throws {
        let plan = try #require(PageRenderer(dpi: 300, maxPixels: 25_000_000).plan(width: 595.276, height: 841.89))
        #expect(plan == PageRenderer.Plan(width: 2480, height: 3507, dpi: 300, reduced: false))
    }

    @Test func emptyPagesAreNotRendered() {
        #expect(PageRenderer(dpi: 300, maxPixels: 25_000_000).plan(width: 0, height: 842) == nil)
    }
}
