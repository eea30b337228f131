import DocumentModel
import Testing

@testable import Normalisation

@Suite("Reading order, asides and blocks")
struct LayoutTests {
    @Test func readsTwoColumnsColumnByColumn() {
        // Poppler's order interleaves the columns; their paragraphs drift apart (14 vs 15 pt apart).
        var lines = [TestPages.line("Overskrift over begge spalter", y: 60, width: 400, bold: true)]
        for row in 0..<8 {
            lines.append(TestPages.line("venstre \(row)", x: 72, y: 100 + Double(row) * 14, width: 210))
            lines.append(TestPages.line("højre \(row)", x: 310, y: 101 + Double(row) * 15, width: 210))
        }
        let page = TestPages.normalise([TestPages.page(1, lines)]).pages[0]
        let expected =
            ["Overskrift over begge spalter"] + (0..<8).map { "venstre \($0)" } + (0..<8).map { "højre \($0)" }
        #expect(page.lines.map(\.text) == expected)
    }

    @Test func keepsTableRowsTogetherLeftToRight() {
        let lines = [
            TestPages.line("Regionshuset, Aalborg", x: 180, y: 114, width: 200),
            TestPages.line("Tid", y: 100, width: 30), TestPages.line("15:00 – 17:00", x: 180, y: 100, width: 80),
            TestPages.line("Sted", y: 114, width: 30),
        ]
        let page = TestPages.normalise([TestPages.page(1, lines)]).pages[0]
        #expect(page.lines.map(\.text) == ["Tid 15:00 – 17:00", "Sted Regionshuset, Aalborg"])
    }

    /// A meeting header in the left 200 pt of the page, beside where a letterhead box sits.
    static let narrowHeader = TestPages.body(
        ["Møde Chefforum", "Tid 15:00", "Sted Rådhuset", "Deltagere Jens Hansen"], top: 90
    ).map { line -> Line in
        var line = line
        line.box.width = 200
        return line
    }

    @Test func takesALetterheadAside() {
        let body = Self.narrowHeader
        let letterhead = ["Sundhedsstrategisk Team", "Danmarksgade 17", "9000 Aalborg"].enumerated().map {
            index, text in
            TestPages.line(text, x: 380, y: 95 + Double(index) * 11, width: 110, height: 8, size: 8)
        }
        let page = TestPages.normalise([TestPages.page(1, body + letterhead)]).pages[0]
        #expect(page.asides.map(\.text) == ["Sundhedsstrategisk Team", "Danmarksgade 17", "9000 Aalborg"])
        #expect(page.lines.map(\.text) == ["Møde Chefforum", "Tid 15:00", "Sted Rådhuset", "Deltagere Jens Hansen"])
    }

    @Test func keepsALetterheadLineSetApartByABlankLineInTheBox() {
        let body = Self.narrowHeader
        let letterhead = [(95.0, "Sundhedsstrategisk Team"), (106, "Danmarksgade 17"), (128, "Init.: ABCD")].map {
            TestPages.line($0.1, x: 380, y: $0.0, width: 110, height: 8, size: 8)
        }
        let page = TestPages.normalise([TestPages.page(1, body + letterhead)]).pages[0]
        #expect(page.asides.map(\.text) == ["Sundhedsstrategisk Team", "Danmarksgade 17", "Init.: ABCD"])
        #expect(!page.lines.contains { $0.text.hasPrefix("Init.") })
    }

    @Test func groupsLinesIntoBlocks() {
        let lines = [
            TestPages.line("3. Handleplan for klyngen", y: 100, size: 12, bold: true),
            TestPages.line("På mødet blev det besluttet, at der skal beskrives forslag til indsatser under", y: 120),
            TestPages.line("handleplanens fire indsatsområder:", y: 134, width: 200),
            TestPages.line("• Udbredelse af IPS for unge og deres familier i hele regionen til og med", y: 154),
            TestPages.line("udgangen af 2024", x: 86, y: 168, width: 100),
            TestPages.line("• Inkontinens", y: 182, width: 80),
            TestPages.line("1. Drøfter udkast til handleplanen", y: 196, width: 200),
            TestPages.line("Den 16. november blev der truffet beslutning om at vente med", y: 224),
            TestPages.line("16. november blev ikke nævnt igen.", y: 238, width: 200),
        ]
        let page = TestPages.normalise([TestPages.page(1, lines)]).pages[0]
        #expect(page.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem, .paragraph])
        #expect(page.blocks.map(\.lines) == [0..<1, 1..<3, 3..<5, 5..<6, 6..<7, 7..<9])
    }
}
