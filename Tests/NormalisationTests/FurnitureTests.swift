import DocumentModel
import Testing

@testable import Normalisation

@Suite("Page furniture")
struct FurnitureTests {
    /// A page with a running header (its date changing slightly), a body and a "Side X af Y" footer.
    static func page(_ number: Int, of count: Int, header: String) -> Page {
        TestPages.page(
            number,
            [
                TestPages.line(header, y: 36, width: 200, height: 8, size: 8, page: number),
                TestPages.line("Brødtekst nummer \(number) om noget helt særligt", y: 200, page: number),
                TestPages.line(
                    "Side \(number) af \(count)", x: 500, y: 800, width: 40, height: 8, size: 8, page: number),
            ])
    }

    @Test func removesHeadersThatChangeSlightlyAndPageNumbers() {
        let headers = [
            "Referat – Chefforum 16. november", "Referat – Chefforum 16. november", "Referat - Chefforum 16. nov.",
            "Referat – Chefforum 16. november", "Referat – Chefforum 17. november",
        ]
        let pages = headers.indices.map { Self.page($0 + 1, of: headers.count, header: headers[$0]) }
        let (result, diagnostics) = TestPages.normalise(pages)
        for page in result {
            #expect(page.lines.map(\.text) == ["Brødtekst nummer \(page.number) om noget helt særligt"])
            #expect(page.furniture.map(\.reason) == [.runningHeader, .pageNumber])
        }
        #expect(
            diagnostics.contains {
                $0.code == "furniture.removed" && $0.message == "running header removed on 5/5 pages"
            })
    }

    @Test func keepsTextThatDoesNotRepeatOften() {
        let pages = (1...4).map { number in
            TestPages.page(number, [TestPages.line(number == 1 ? "Referat" : "Tekst \(number)x", y: 36, page: number)])
        }
        #expect(TestPages.normalise(pages).pages[0].lines.map(\.text) == ["Referat"])
    }

    @Test(
        "lone page number in the band, also on a single page",
        arguments: [
            ("3", 800.0, true), ("- 3 -", 800, true), ("Side 3", 30, true), ("3/12", 805, true), ("3", 400, false),
        ])
    func lonePageNumber(text: String, y: Double, removed: Bool) {
        let lines = [TestPages.line("Mødet blev holdt.", y: 300), TestPages.line(text, x: 290, y: y, width: 20)]
        let page = TestPages.normalise([TestPages.page(1, lines)]).pages[0]
        #expect(page.furniture.map(\.reason) == (removed ? [.pageNumber] : []))
        #expect(page.lines.count == (removed ? 1 : 2))
    }

    @Test func keepsANumberBesideBodyText() {
        // A table of contents' page column near the bottom is not a page number.
        let lines = [TestPages.line("8. Eventuelt", y: 790, width: 100), TestPages.line("8", x: 500, y: 790, width: 8)]
        #expect(TestPages.normalise([TestPages.page(1, lines)]).pages[0].furniture.isEmpty)
    }

    @Test func removesURLDumpsOfPageLinks() {
        let uri = "https://rn.dk/-/media/Rn_dk/Sundhed/Referat-Direktoerforum-16-november-2022.ashx?la=da"
        let lines = [
            TestPages.line("Referatet kan læses her.", y: 100, links: [LineLink(text: "her.", uri: uri)]),
            TestPages.line("https://rn.dk/-/media/Rn_dk/Sundhed/Referat-", y: 600),
            TestPages.line("Direktoerforum-16-november-2022.ashx?la=da", y: 614),
        ]
        let link = PageLink(box: Rect(x: 190, y: 100, width: 20, height: 10), uri: uri, anchorText: "her.")
        let page = TestPages.normalise([TestPages.page(1, lines, links: [link])]).pages[0]
        #expect(page.lines.map(\.text) == ["Referatet kan læses her."])
        #expect(page.lines[0].links.map(\.uri) == [uri])
        #expect(page.furniture.map(\.reason) == [.repeatedText, .repeatedText])
    }
}
