import DocumentModel
import Foundation
import Testing

@testable import Extraction

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fixture(_ path: String) throws -> Data {
    try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pdf/\(path)"))
}

@Suite struct PDFExtractorTests {
    let extractor = PDFExtractor()

    @Test func readsLinesWithBoxesFontsAndMetadata() throws {
        let document = try extractor.extract(data: try fixture("region/politisk-klynge-2020-01-16.pdf"), file: "p.pdf")
        #expect(document.source.pages == 3)
        #expect(document.pages.count == 3)
        #expect(document.metadata.producer?.contains("ReportLab") == true)
        let page = document.pages[0]
        #expect(abs(page.width - 595.28) < 0.5 && abs(page.height - 841.89) < 0.5)
        let heading = try #require(page.lines.first { $0.text.hasPrefix("1. Velkommen") })
        #expect(heading.font.bold)
        #expect(heading.font.name.contains("Carlito"))
        #expect(heading.font.size > 11)
        #expect(
            heading.box.minX > 0 && heading.box.maxX < page.width && heading.box.minY > 0
                && heading.box.maxY < page.height)
        let body = try #require(page.lines.first { $0.text.hasPrefix("Mads bød velkommen") })
        #expect(!body.font.bold)
        #expect(body.box.minY > heading.box.maxY, "top-left origin: later lines lie lower")
    }

    @Test func attachesLinkAnchorsToTheWordsTheyCover() throws {
        let document = try extractor.extract(
            data: try fixture("region/chefforum-sundhedsklynge-midt.pdf"), file: "c.pdf")
        let links = document.pages.flatMap(\.links)
        #expect(links.count == 2)
        #expect(links.allSatisfy { $0.anchorText == "her" && $0.uri.hasPrefix("https://") })
        let anchored = document.pages.flatMap(\.lines).filter { !$0.links.isEmpty }
        #expect(anchored.flatMap(\.links).map(\.text) == ["her", "her"])
        #expect(Set(anchored.flatMap(\.links).map(\.uri)).count == 2)
    }

    @Test func computesTheFileDigest() throws {
        let data = Data("abc".utf8)
        #expect(sha256Hex(of: data) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func opensPDFsEncryptedWithAnEmptyPassword() throws {
        let document = try extractor.extract(data: try fixture("special/encrypted-empty-password.pdf"), file: "e.pdf")
        #expect(document.pages.flatMap(\.lines).contains { $0.text.contains("Vestermarken") })
    }

    @Test func refusesPasswordProtectedPDFsClearlyAndOpensThemWithThePassword() throws {
        let data = try fixture("special/encrypted-password.pdf")
        #expect {
            _ = try extractor.extract(data: data, file: "secret.pdf")
        } throws: { error in
            (error as? ReferentError)?.reason == .encrypted && (error as? ReferentError)?.file == "secret.pdf"
        }
        let unlocked = PDFExtractor(options: ExtractionOptions(password: "hemmelig"))
        #expect(try unlocked.extract(data: data, file: "secret.pdf").pages.count == 1)
    }

    @Test func reportsRotationAndDisplayedSize() throws {
        let document = try extractor.extract(data: try fixture("special/rotated-90.pdf"), file: "r.pdf")
        let page = document.pages[0]
        #expect(page.rotation == 90)
        #expect(page.width > page.height)
        #expect(page.lines.first?.text == "Referat af bestyrelsesmøde")
    }

    @Test func flagsPagesWithoutATextLayer() throws {
        let document = try extractor.extract(
            data: try fixture("scan/politisk-klynge-2020-01-16-scan.pdf"), file: "s.pdf")
        #expect(document.pages.allSatisfy { $0.lines.isEmpty })
        #expect(document.diagnostics.map(\.code) == ["page.no-text"])
    }

    @Test(arguments: [
        (Data(), ReferentError.Reason.emptyFile),
        (Data("<html>not a pdf</html>".utf8), .notAPDF),
        (Data("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".utf8), .damaged),
    ])
    func failsBadInputWithAReason(data: Data, reason: ReferentError.Reason) {
        #expect {
            _ = try extractor.extract(data: data, file: "bad.pdf")
        } throws: { error in
            (error as? ReferentError)?.reason == reason
        }
    }

    @Test func truncatedCopiesFailOrReadButNeverCrash() throws {
        let data = try fixture("region/chefforum-sundhedsklynge-midt.pdf")
        for fraction in [0.1, 0.5, 0.9, 0.99] {
            let cut = data.prefix(Int(Double(data.count) * fraction))
            do {
                _ = try extractor.extract(data: cut, file: "cut.pdf")
            } catch {
                #expect([.damaged, .noPages].contains(error.reason))
            }
        }
    }
}

@Suite struct LineSplittingTests {
    @Test func tableCellsAndLabelColumnsBecomeSeparateLines() throws {
        let document = try PDFExtractor().extract(
            data: try fixture("region/chefforum-sundhedsklynge-midt.pdf"), file: "c.pdf")
        let texts = document.pages[0].lines.map(\.text)
        #expect(texts.contains("Møde"))
        #expect(texts.contains("Chefforum – Sundhedsklynge Midt"))
        #expect(!texts.contains { $0.hasPrefix("MødeChefforum") })
        let label = try #require(document.pages[0].lines.first { $0.text == "Tid" })
        let value = try #require(document.pages[0].lines.first { $0.text == "15:00 – 17:00" })
        #expect(abs(label.box.minY - value.box.minY) < 1 && value.box.minX > label.box.maxX)
    }

    @Test func cellsOfATableRowDoNotRunIntoEachOther() throws {
        let document = try PDFExtractor().extract(
            data: try fixture("region/sundhedsklynge-syd-2023-05-24.pdf"), file: "s.pdf")
        let lines = document.pages.flatMap(\.lines)
        #expect(lines.contains { $0.text == "Hvem skal inddrages" })
        #expect(!lines.contains { $0.text.contains("IndsatsHvad") })
        #expect(lines.allSatisfy { $0.box.height < 20 }, "no line spans several rows")
    }
}

@Suite struct LinkAnchorTests {
    /// One glyph box per scalar, 5 pt wide, on one baseline; a space is a scalar without a fragment glyph.
    static func pageText(_ text: String) -> PageText {
        let scalars = Array(text.unicodeScalars)
        let boxes = scalars.indices.map { Rect(x: 72 + Double($0) * 5, y: 100, width: 5, height: 10) }
        return PageText(
            scalars: scalars, boxes: boxes, runs: [FontRun(range: 0..<scalars.count, fontName: "F", size: 10)])
    }

    @Test func anAnchorOfSeveralWordsKeepsItsSpaces() {
        let text = Self.pageText("Referatet kan læses her.")
        let area = Rect(x: 72 + 14 * 5, y: 100, width: 9 * 5, height: 10)  // "læses her"
        let built = LineBuilder(pageNumber: 1).lines(from: text, links: [(area, "https://example.org/r")])
        #expect(built.lines.first?.links == [LineLink(text: "læses her", uri: "https://example.org/r")])
        #expect(built.links.first?.anchorText == "læses her")
    }
}
