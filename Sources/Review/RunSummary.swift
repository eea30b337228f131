import Foundation

/// One batch run as the run report page shows it: plain values the nightly job's report maps onto.
public struct RunSummary: Sendable, Equatable {
    /// One input's outcome.
    public struct Entry: Sendable, Equatable {
        public enum Status: String, Sendable, Equatable {
            case converted, skipped, failed
        }

        /// The input's path relative to the input folder.
        public var input: String
        public var status: Status
        /// Why it failed ("encrypted PDF: it needs a password"); nil unless failed.
        public var reason: String?
        public var pages: Int
        public var seconds: Double
        /// The review page's path relative to the run report's folder, when one was written.
        public var reviewPage: String?

        public init(
            input: String, status: Status, reason: String? = nil, pages: Int, seconds: Double,
            reviewPage: String? = nil
        ) {
            self.input = input
            self.status = status
            self.reason = reason
            self.pages = pages
            self.seconds = seconds
            self.reviewPage = reviewPage
        }
    }

    public var runId: String
    public var started: Date
    /// Wall-clock seconds of the whole run.
    public var seconds: Double
    /// The signal that stopped the run early, nil when it ran to the end.
    public var stoppedBy: String?
    public var entries: [Entry]

    public init(runId: String, started: Date, seconds: Double, stoppedBy: String? = nil, entries: [Entry]) {
        self.runId = runId
        self.started = started
        self.seconds = seconds
        self.stoppedBy = stoppedBy
        self.entries = entries
    }

    func count(_ status: Entry.Status) -> Int { entries.filter { $0.status == status }.count }

    /// Pages of the documents converted in this run.
    var convertedPages: Int { entries.filter { $0.status == .converted }.reduce(0) { $0 + $1.pages } }

    /// Converted pages per wall-clock second; nil for a run that converted nothing.
    var pagesPerSecond: Double? {
        guard seconds > 0, convertedPages > 0 else { return nil }
        return Double(convertedPages) / seconds
    }
}
