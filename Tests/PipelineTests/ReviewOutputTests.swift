import Foundation
import Pipeline
import Testing

/// `convert --review` writes a review page beside each document's outputs, and every run writes its HTML
/// report beside its JSON report.
@Suite struct ReviewOutputTests {
    @Test(.disabled(if: Nightly.missingExecutable, "the referent executable is not built next to the tests"))
    func convertWritesReviewPagesAndARunPage() throws {
        let root = try Nightly.temporaryFolder("review-output")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let pdf = repositoryRoot.appendingPathComponent("fixtures/pdf/region/politisk-klynge-2020-01-16.pdf")
        try FileManager.default.copyItem(at: pdf, to: input.appendingPathComponent("x.pdf"))
        let out = root.appendingPathComponent("out")
        let run = try Nightly.run([
            "convert", root.appendingPathComponent("in").path, "--out", out.path, "--review", "--log-format", "json",
        ])
        #expect(run.status == 0)
        let review = try String(contentsOf: out.appendingPathComponent("sub/x.html"), encoding: .utf8)
        for number in 1...7 { #expect(review.contains("data-item=\"\(number)\"")) }
        #expect(review.contains("data-kind=\"furniture\""))
        let report = try #require(Nightly.lastReport(out))
        let runPage = out.appendingPathComponent(".referent/runs/\(report.runId).html")
        let page = try String(contentsOf: runPage, encoding: .utf8)
        #expect(page.contains("../../sub/x.html"))
    }
}
