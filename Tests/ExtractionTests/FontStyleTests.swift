import DocumentModel
import Testing

@testable import Extraction

@Suite struct FontStyleTests {
    static func style(_ name: String, size: Double = 10.999512) -> FontStyle {
        FontStyle(run: FontRun(range: 0..<1, fontName: name, size: size))
    }

    @Test func stripsASixLetterSubsetPrefixOnly() {
        #expect(Self.style("ABCDEF+Carlito-Bold").name == "Carlito-Bold")
        #expect(Self.style("ABCDE+Carlito").name == "ABCDE+Carlito")
        #expect(Self.style("Carlito").name == "Carlito")
        #expect(Self.style("ABCDEF+Carlito").size == 11)
    }

    @Test func readsWeightAndSlantWithoutRegardToCase() {
        #expect(Self.style("ABCDEF+Carlito-BOLD").bold)
        #expect(Self.style("Arial-BlackItalic").bold && Self.style("Arial-BlackItalic").italic)
        #expect(Self.style("Helvetica-Oblique").italic && !Self.style("Helvetica-Oblique").bold)
        #expect(!Self.style("Bol").bold && !Self.style("").bold)
        #expect(Self.style("XYZABC+SemiBold").name == "SemiBold")
    }

    @Test func namesOutsidePrintableASCIIReadTheSameWay() {
        #expect(Self.style("ÆØÅABC+Grotesk-Fed").name == "Grotesk-Fed")
        #expect(Self.style("Grøtesk-Bold").bold)
        #expect(Self.style("Sans Italic").italic)
    }
}
