import DocumentModel
import Testing

@testable import Normalisation

@Suite("Odd input")
struct RobustnessTests {
    @Test func survivesOddPages() {
        let pages = [
            Page(number: 1, width: 0, height: 0),
            TestPages.page(2, [TestPages.line("", y: 10, page: 2)]),
            TestPages.page(3, [TestPages.line("Eneste linje-", y: 400, page: 3)]),
            Page(
                number: 4, width: 14_400, height: 14_400,
                lines: [TestPages.line("-", x: -5, y: -5, width: 0, height: 0, page: 4)]),
            TestPages.page(5, (0..<400).map { TestPages.line("linje \($0) -", y: Double($0) * 2, page: 5) }),
        ]
        let (result, _) = TestPages.normalise(pages, lexicon: TestPages.dictionary)
        #expect(result.count == 5)
        #expect(result[2].lines.map(\.text) == ["Eneste linje-"])
        #expect(result[1].lines.isEmpty)
    }

    @Test func inspectionReportShowsDecisionsAndFurniture() {
        let lines = [
            TestPages.line("Referatet fra mø-", y: 100), TestPages.line("det", y: 114), TestPages.line("2", y: 810),
        ]
        let report = inspectionReport(of: TestPages.normalise([TestPages.page(1, lines)]).pages)
        #expect(report.contains("joined mø- | det → mødet"))
        #expect(report.contains("pageNumber: 2"))
    }
}
