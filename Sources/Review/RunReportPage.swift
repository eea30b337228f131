import Foundation

/// The run report as HTML, for `OUT/.referent/runs/<run-id>.html`: counts, the failed documents with their
/// reasons and links to their review pages, the slowest documents, pages per second, and what changed since
/// the previous run. Static: no script.
public struct RunReportPage {
    /// The page for `run`; `previous` (the run before it, if any) adds the changes; `slowest` caps that table.
    public static func html(run: RunSummary, previous: RunSummary? = nil, slowest: Int = 10) -> String {
        var html = HTMLBuilder()
        ReportStyles.head(title: "Referent run \(run.runId)", into: &html)
        html.element("body", ["class": "report"]) { html in
            html.element("h1", text: "Referent run \(run.runId)")
            let started = ISO8601DateFormatter().string(from: run.started)
            let stopped = run.stoppedBy.map { " · stopped early by \($0)" } ?? ""
            html.element("p", ["class": "muted"], text: "Started \(started) · \(seconds(run.seconds))\(stopped)")
            cards(run, previous: previous, into: &html)
            failures(run, into: &html)
            slowestTable(run, limit: slowest, into: &html)
            if let previous { changes(RunChanges(from: previous, to: run), previousId: previous.runId, into: &html) }
        }
        html.raw("</html>\n")
        return html.output
    }

    private static func cards(_ run: RunSummary, previous: RunSummary?, into html: inout HTMLBuilder) {
        let rate = run.pagesPerSecond.map { String(format: "%.1f", $0) } ?? "–"
        let values: [(String, String, Bool)] = [
            ("inputs", String(run.entries.count), false), ("converted", String(run.count(.converted)), false),
            ("skipped", String(run.count(.skipped)), false),
            ("failed", String(run.count(.failed)), run.count(.failed) > 0),
            ("pages converted", String(run.convertedPages), false), ("pages per second", rate, false),
        ]
        html.element("div", ["class": "cards"]) { html in
            for (label, value, bad) in values {
                html.element("div", ["class": bad ? "card bad" : "card"]) { html in
                    html.element("b", text: value)
                    html.text(label)
                }
            }
        }
        if let previous, let now = run.pagesPerSecond, let before = previous.pagesPerSecond {
            let change = (now - before) / before * 100
            html.element("p", ["class": "delta \(change >= 0 ? "up" : "down")"]) { html in
                html.text(String(format: "%+.0f%% pages per second since %@", change, previous.runId))
            }
        }
    }

    private static func failures(_ run: RunSummary, into html: inout HTMLBuilder) {
        let failed = run.entries.filter { $0.status == .failed }
        html.element("h2", text: "Failed documents (\(failed.count))")
        guard !failed.isEmpty else {
            html.element("p", ["class": "muted"], text: "None.")
            return
        }
        table(["document", "reason", "review"], into: &html) { html in
            for entry in failed {
                html.element("tr") { html in
                    html.element("td", text: entry.input)
                    html.element("td", text: entry.reason ?? "unknown")
                    html.element("td") { reviewLink(entry, into: &$0) }
                }
            }
        }
    }

    private static func slowestTable(_ run: RunSummary, limit: Int, into html: inout HTMLBuilder) {
        let slow = run.entries.filter { $0.status != .skipped }.sorted { $0.seconds > $1.seconds }.prefix(max(0, limit))
        html.element("h2", text: "Slowest documents")
        table(["document", "status", "pages", "seconds", "review"], into: &html) { html in
            for entry in slow {
                html.element("tr") { html in
                    html.element("td", text: entry.input)
                    html.element("td") {
                        $0.element("span", ["class": "status \(entry.status.rawValue)"], text: entry.status.rawValue)
                    }
                    html.element("td", ["class": "num"], text: String(entry.pages))
                    html.element("td", ["class": "num"], text: String(format: "%.2f", entry.seconds))
                    html.element("td") { reviewLink(entry, into: &$0) }
                }
            }
        }
    }

    private static func changes(_ changes: RunChanges, previousId: String, into html: inout HTMLBuilder) {
        html.element("h2", text: "Since the previous run (\(previousId))")
        guard !changes.isEmpty else {
            html.element("p", ["class": "muted"], text: "No document changed status.")
            return
        }
        html.element("ul") { html in
            for entry in changes.newlyFailed {
                html.element("li") { html in
                    html.element("b", text: "now failing: ")
                    html.text("\(entry.input) — \(entry.reason ?? "unknown")")
                }
            }
            for entry in changes.fixed { html.element("li", text: "fixed: \(entry.input)") }
            for input in changes.added { html.element("li", text: "new input: \(input)") }
            for input in changes.removed { html.element("li", text: "gone: \(input)") }
        }
    }

    private static func table(
        _ headers: [String], into html: inout HTMLBuilder, rows: (inout HTMLBuilder) -> Void
    ) {
        html.element("table") { html in
            html.element("thead") { html in
                html.element("tr") { html in for header in headers { html.element("th", text: header) } }
            }
            html.element("tbody", body: rows)
        }
    }

    /// Only a relative path or an http(s) URL becomes a link; anything else is shown as text.
    private static func reviewLink(_ entry: RunSummary.Entry, into html: inout HTMLBuilder) {
        guard let page = entry.reviewPage else { return }
        let relative = !page.contains(":") && !page.hasPrefix("//")
        let encoded = page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)
        if let href = relative ? encoded : HTMLBuilder.safeHref(page) {
            html.element("a", ["href": href], text: "review")
        } else {
            html.text(page)
        }
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
}
