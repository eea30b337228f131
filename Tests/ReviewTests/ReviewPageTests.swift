import DocumentModel
import Extraction
import Foundation
import Pipeline
import Testing

@testable import Review

@Suite struct ReviewPageTests {
    @Test func everyItemHasItsHeadingOnItsFirstPageAndBodyWithinItsPages() throws {
        let (html, document) = try ReviewFixtures.reviewHTML(ReviewFixtures.chefforum)
        let boxes = MarkupBox.all(in: html)
        let items = try #require(document.minutes?.items)
        #expect(items.count >= 3)
        for item in items {
            let mine = boxes.filter { $0.kind == "item" && $0.item == item.number }
            let headings = mine.filter { $0.role == "heading" }
            #expect(headings.map(\.page) == [item.pages.first], "item \(item.number)")
            #expect(mine.allSatisfy { (item.pages.first...item.pages.last).contains($0.page) }, "item \(item.number)")
            #expect(Set(mine.map(\.page)) == Set(item.pages.first...item.pages.last), "item \(item.number)")
        }
    }

    @Test func theFixtureShowsFurnitureLinksSectionsHeaderAndHyphens() throws {
        let (html, document) = try ReviewFixtures.reviewHTML(ReviewFixtures.chefforum)
        let kinds = Set(MarkupBox.all(in: html).map(\.kind))
        #expect(kinds.isSuperset(of: ["item", "section", "header", "furniture", "link"]))
        let furniture = document.pages.reduce(0) { $0 + $1.furniture.count }
        #expect(MarkupBox.all(in: html).filter { $0.kind == "furniture" }.count == furniture)
        let hyphens = document.pages.reduce(0) { $0 + $1.hyphenation.count }
        #expect(MarkupBox.all(in: html).filter { $0.kind == "hyphen" }.count == hyphens)
        #expect(html.contains("href=\"https://"))
        #expect(html.components(separatedBy: "<img ").count - 1 == document.pages.count)
    }

    @Test func theLetterheadDocumentShowsItsAsides() throws {
        let (html, document) = try ReviewFixtures.reviewHTML(ReviewFixtures.politisk)
        let asides = document.pages.reduce(0) { $0 + $1.asides.count }
        let letterheads = document.pages.reduce(0) { $0 + $1.furniture.filter { $0.reason == .letterhead }.count }
        #expect(asides + letterheads > 0)
        #expect(MarkupBox.all(in: html).filter { $0.kind == "aside" }.count == asides)
    }

    @Test func theSidebarListsMeetingItemsAndDiagnosticsWithPageLinks() throws {
        let (html, document) = try ReviewFixtures.reviewHTML(ReviewFixtures.chefforum)
        for item in document.minutes?.items ?? [] {
            #expect(html.contains("data-item=\"\(item.number)\" data-item-index="))
        }
        for page in document.pages { #expect(html.contains("id=\"page-\(page.number)\"")) }
        for diagnostic in document.diagnostics where diagnostic.page != nil {
            #expect(html.contains("href=\"#page-\(diagnostic.page!)\""))
        }
        #expect(html.contains("<h2>Meeting</h2>"))
    }

    @Test func lowConfidenceWordsAreMarkedBelowTheThresholdOnly() {
        var page = Page(number: 1, width: 595, height: 842, source: .ocr, confidence: 80)
        page.words = [
            RecognizedWord(text: "Mødet", box: Rect(x: 70, y: 70, width: 40, height: 12), confidence: 95),
            RecognizedWord(text: "bIev", box: Rect(x: 115, y: 70, width: 30, height: 12), confidence: 41),
        ]
        let document = Document(source: SourceInfo(file: "scan.pdf", sha256: "", pages: 1), pages: [page])
        let html = ReviewPage.html(for: document, pageImages: [:], options: ReviewOptions(lowConfidence: 70))
        let marked = MarkupBox.all(in: html).filter { $0.kind == "low-confidence" }
        #expect(marked == [MarkupBox(kind: "low-confidence", page: 1, item: nil, role: "word")])
        #expect(html.contains("OCR confidence 41: bIev"))
    }

    @Test func pageImagesArePNGsAtTheAskedResolution() throws {
        let data = try Data(contentsOf: ReviewFixtures.chefforum)
        let images = try PageImages(dpi: 100).pngs(data: data, file: "chefforum.pdf")
        #expect(images.keys.sorted() == Array(1...5))
        let png = try #require(images[1])
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let parallel = try PageImages(dpi: 100).pngs(data: data, file: "chefforum.pdf", threads: 3)
        #expect(parallel == images, "the same bytes from several threads")
        let single = try PageImages(dpi: 50).png(data: data, page: 2, file: "chefforum.pdf")
        #expect(single.count < png.count)
        #expect(throws: ReferentError.self) { try PageImages().png(data: data, page: 9, file: "chefforum.pdf") }
    }

    @Test func theWriterConvertsAndRendersAtOnce() throws {
        let folder = try ReviewFixtures.temporaryFolder("convert")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: ReviewFixtures.chefforum)
        let path = folder.appendingPathComponent("sub/chefforum.html").path
        let size = try ReviewWriter(options: ReviewOptions(dpi: 50)).write(pdf: data, file: "c.pdf", to: path) {
            () throws(ReferentError) in
            try DocumentPipeline(config: PipelineConfig()).convert(data: data, file: "c.pdf").document
        }
        #expect(size > 50_000)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.components(separatedBy: "src=\"data:image/png;base64,").count - 1 == 5)
        #expect(throws: ReferentError.self) {
            try ReviewWriter().write(pdf: Data("not a pdf".utf8), file: "x.pdf", to: path) {
                () throws(ReferentError) in
                throw ReferentError(.notAPDF, file: "x.pdf", message: "not a PDF (no %PDF header)")
            }
        }
    }

    @Test func aPageOCRTurnedAQuarterShowsItsImageTurned() {
        // A PNG header for a 1169 × 827 image (landscape), as poppler renders a page scanned sideways.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png += Data([0, 0, 0x04, 0x91, 0, 0, 0x03, 0x3B])
        #expect(ImageTurnProbe.pixelSize(png) == [1169, 827])
        let upright = Page(number: 1, width: 595, height: 842, rotation: 90, source: .ocr)
        #expect(ImageTurnProbe.degrees(upright, png) == 90)
        let counter = Page(number: 1, width: 595, height: 842, rotation: 270, source: .ocr)
        #expect(ImageTurnProbe.degrees(counter, png) == 270)
        let text = Page(number: 1, width: 595, height: 842, rotation: 90, source: .text)
        #expect(ImageTurnProbe.degrees(text, png) == 0)
    }

    @Test func theWriterPutsImagesBesideThePageWhenAsked() throws {
        let folder = try ReviewFixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (document, data) = try ReviewFixtures.convert(ReviewFixtures.politisk)
        let path = folder.appendingPathComponent("politisk.html").path
        let writer = ReviewWriter(options: ReviewOptions(dpi: 60, images: .files(folder: "politisk")))
        try writer.write(document: document, pdf: data, to: path)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("src=\"./politisk/page-1.png\""))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("politisk/page-3.png").path))
        #expect(ReviewWriter.path(besideOutput: "/out/sub/x.json") == "/out/sub/x.html")
    }
}

/// `ImageTurn` is internal; the probe reaches it through `@testable`.
enum ImageTurnProbe {
    static func pixelSize(_ png: Data) -> [Int]? {
        ImageTurn.pixelSize(of: png).map { [$0.width, $0.height] }
    }

    static func degrees(_ page: Page, _ png: Data) -> Int {
        ImageTurn.degrees(page: page, png: png, diagnostics: [])
    }
}
