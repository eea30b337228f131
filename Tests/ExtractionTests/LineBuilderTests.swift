import DocumentModel
import Testing

@testable import Extraction

@Suite struct LineBuilderTests {
    /// One line of 5-pt glyphs on one baseline, set in the given runs.
    static func line(_ text: String, runs: [FontRun]) -> Line? {
        let scalars = Array(text.unicodeScalars)
        let boxes = scalars.indices.map { Rect(x: 72 + Double($0) * 5, y: 100, width: 5, height: 10) }
        let page = PageText(scalars: scalars, boxes: boxes, runs: runs)
        return LineBuilder(pageNumber: 1).lines(from: page, links: []).lines.first
    }

    @Test func aLineTakesTheFontOfMostOfItsGlyphs() {
        let line = Self.line(
            "Ab cdef",
            runs: [
                FontRun(range: 0..<3, fontName: "ABCDEF+Carlito-Bold", size: 11),
                FontRun(range: 3..<7, fontName: "ABCDEF+Carlito", size: 11),
            ])
        #expect(line?.text == "Ab cdef")
        #expect(line?.font.name == "Carlito")
        #expect(line?.startsBold == true)
    }

    @Test func onATieTheFirstRunWins() {
        let line = Self.line(
            "abcd",
            runs: [
                FontRun(range: 0..<2, fontName: "Carlito", size: 11),
                FontRun(range: 2..<4, fontName: "Carlito-Italic", size: 11),
            ])
        #expect(line?.font.name == "Carlito")
    }

    @Test func glyphsWithoutARunGetAnUnknownFontOfTheirHeight() {
        let line = Self.line("æøå", runs: [])
        #expect(line?.text == "æøå")
        #expect(line?.font == .unknown(size: 10))
    }
}
