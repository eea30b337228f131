import DocumentModel
import Foundation
import Testing

@testable import Extraction

@Suite struct PopplerGlobalsTests {
    /// The anchor must open cleanly, or poppler's globals would again be rebuilt for every document.
    @Test func theAnchorDocumentOpensAsAOnePagePDF() throws {
        let pdf = try PopplerDocument(data: Data(PopplerGlobals.emptyPDF()), password: nil, file: "anchor.pdf")
        #expect(pdf.pageCount == 1)
        #expect(pdf.page(at: 0)?.textLayer().scalars.isEmpty == true)
        #expect(PopplerGlobals.isHeld)
    }
}
