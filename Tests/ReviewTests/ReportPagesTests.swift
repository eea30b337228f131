import Foundation
import Review
import Testing

@Suite struct ReportPagesTests {
    let previous = RunSummary(
        runId: "20250101T010000Z-1", started: Date(timeIntervalSince1970: 0), seconds: 10,
        entries: [
            .init(input: "a.pdf", status: .converted, pages: 10, seconds: 1),
            .init(input: "b.pdf", status: .failed, reason: "damaged PDF: x", pages: 0, seconds: 0.1),
            .init(input: "gone.pdf", status: .converted, pages: 2, seconds: 0.2),
        ])
    let current = RunSummary(
        runId: "20250102T010000Z-1", started: Date(timeIntervalSince1970: 86_400), seconds: 5,
        entries: [
            .init(
                input: "a.pdf", status: .failed, reason: "<script>alert(1)</script>", pages: 0, seconds: 3.5,
                reviewPage: "../../a.html"),
            .init(input: "b.pdf", status: .converted, pages: 20, seconds: 1.25, reviewPage: "javascript:alert(1)"),
            .init(input: "new.pdf", status: .converted, pages: 5, seconds: 0.5, reviewPage: "sub dir/new.html"),
        ])

    @Test func theRunReportShowsCountsFailuresSlowestRateAndChanges() {
        let html = RunReportPage.html(run: current, previous: previous)
        #expect(html.contains("<b>2</b>converted"))
        #expect(html.contains("<b>1</b>failed"))
        #expect(html.contains("<b>5.0</b>pages per second"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("href=\"../../a.html\""))
        #expect(html.contains("href=\"sub%20dir/new.html\""))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("now failing: </b>a.pdf"))
        #expect(html.contains("fixed: b.pdf"))
        #expect(html.contains("new input: new.pdf"))
        #expect(html.contains("gone: gone.pdf"))
        #expect(
            html.range(of: "a.pdf</td><td><span class=\"status failed\"")!.lowerBound
                < html.range(of: "b.pdf</td><td><span class=\"status converted\"")!.lowerBound)
    }

    @Test func theItemDiffMarksRemovedAndAddedWordsSideBySide() {
        let html = ItemDiffPage.html(
            title: "x.pdf", oldName: "before", newName: "after",
            pairs: [
                .init(label: "1 Budget", old: "Budgettet blev godkendt", new: "Budgettet blev <b>ikke</b> godkendt"),
                .init(label: "2 Eventuelt", old: "Intet.", new: "Intet."),
                .init(label: "3 Nyt", old: nil, new: "Nyt punkt"),
            ])
        #expect(
            html.contains(
                "<td>Budgettet blev godkendt</td><td>Budgettet blev <ins>&lt;b&gt;ikke&lt;/b&gt;</ins> godkendt</td>"))
        #expect(html.contains("1 Budget — changed"))
        #expect(html.contains("2 Eventuelt — unchanged"))
        #expect(html.contains("3 Nyt — added"))
        #expect(html.contains("2 of 3 item(s) differ."))
    }
}
