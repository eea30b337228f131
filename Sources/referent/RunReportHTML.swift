import Foundation
import Pipeline
import Review

/// Writes `OUT/.referent/runs/<run-id>.html` beside the run's JSON report: what an operator opens in the
/// morning. A page that cannot be written costs a message, never the run.
enum RunReportHTML {
    static func write(_ report: RunReport, out: String, documents: [InputDocument], reviewPages: Bool) {
        let folder = NightlyRun.reportsFolder(out)
        let relative = Dictionary(documents.map { ($0.path, $0.relativePath) }, uniquingKeysWith: { first, _ in first })
        let previous = RunReport.recent(in: folder, limit: 2).first { $0.runId != report.runId }
        let page = RunReportPage.html(
            run: summary(of: report, reviewLinks: reviewPages ? relative : [:]),
            previous: previous.map { summary(of: $0, reviewLinks: [:]) })
        let path = (folder as NSString).appendingPathComponent("\(report.runId).html")
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("cannot write the run page \(path): \(error.localizedDescription)")
        }
    }

    /// The report as the page shows it; review links are relative to the runs folder (OUT/.referent/runs).
    static func summary(of report: RunReport, reviewLinks: [String: String]) -> RunSummary {
        let entries = report.documents.map { entry in
            let status = RunSummary.Entry.Status(rawValue: entry.status) ?? .failed
            let review = reviewLinks[entry.input].flatMap { relativePath -> String? in
                guard status == .converted else { return nil }
                return "../../" + ReviewWriter.path(besideOutput: relativePath)
            }
            return RunSummary.Entry(
                input: entry.input, status: status, reason: entry.error, pages: entry.pages, seconds: entry.seconds,
                reviewPage: review)
        }
        return RunSummary(
            runId: report.runId, started: report.started, seconds: report.seconds, stoppedBy: report.stoppedBy,
            entries: entries)
    }
}
