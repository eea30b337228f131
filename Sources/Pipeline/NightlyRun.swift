import DocumentModel
import Foundation
import Logging
import Synchronization

/// One incremental run over an output folder: cleans what a killed run left, plans from the ledger, converts
/// only the new work, records each document as its outputs land, prunes, and writes the run report.
/// The caller holds the folder's `RunLock` for the whole run.
public struct NightlyRun: Sendable {
    /// How a batch converts documents: a `WorkerPool` or an in-process `BatchRunner`, calling `finished`
    /// once per document it finished.
    public typealias Converter =
        @Sendable (
            _ documents: [InputDocument], _ control: BatchControl,
            _ finished: @escaping @Sendable (DocumentResult) -> Void
        ) -> Void

    public struct Options: Sendable {
        public var outputFolder: String
        public var formats: Set<OutputFormat>
        public var configHash: String
        /// Convert everything, unchanged or not.
        public var force = false
        /// Remove the outputs (and ledger entries) of inputs that disappeared.
        public var prune = false
        public var shard: Shard?
        /// Flush each document's outputs to the disk before recording it (`batch.durable`).
        public var durable = false

        public init(outputFolder: String, formats: Set<OutputFormat>, configHash: String) {
            self.outputFolder = outputFolder
            self.formats = formats
            self.configHash = configHash
        }
    }

    public let options: Options
    public let logger: Logger

    public init(options: Options, logger: Logger) {
        self.options = options
        self.logger = logger
    }

    /// How long a finished document may wait to be recorded with those that finish after it.
    static let commitWindow = DispatchTimeInterval.milliseconds(50)

    /// `OUT/.referent`, where the ledger, the lock and the reports live.
    public static func stateFolder(_ out: String) -> String { (out as NSString).appendingPathComponent(".referent") }

    /// The lock (and, by `ledgerPath`, the ledger) of a shard is its own: shards may share an output folder.
    public static func lockPath(_ out: String, shard: Shard?) -> String {
        stateFolder(out) + "/lock" + (shard.map { "-\($0.fileTag)" } ?? "")
    }

    public static func ledgerPath(_ out: String, shard: Shard?) -> String {
        stateFolder(out) + "/ledger" + (shard.map { "-\($0.fileTag)" } ?? "") + ".sqlite"
    }

    /// The lock file (in the state folder) held by the runs that write the ledger file `ledgerName`
    /// ("ledger-0of2.sqlite" → "lock-0of2"), or nil for a name `ledgerPath` does not make.
    public static func lockName(forLedger ledgerName: String) -> String? {
        guard ledgerName.hasPrefix("ledger"), ledgerName.hasSuffix(".sqlite") else { return nil }
        return "lock" + ledgerName.dropFirst("ledger".count).dropLast(".sqlite".count)
    }

    public static func reportsFolder(_ out: String) -> String { stateFolder(out) + "/runs" }

    /// Where an output of a relative input path goes (the same rule as `BatchRunner.outputPath`).
    public static func outputPath(_ out: String, relativePath: String, format: OutputFormat) -> String {
        (out as NSString).appendingPathComponent(
            (relativePath as NSString).deletingPathExtension + "." + format.rawValue)
    }

    /// Runs the batch and returns its report (already written to `OUT/.referent/runs`).
    public func run(
        documents: [InputDocument], problems: [InputDiscovery.Problem], control: BatchControl,
        progress makeProgress: (_ total: Int) -> BatchProgress? = { _ in nil }, convert: Converter
    ) throws(LedgerError) -> RunReport {
        let out = options.outputFolder
        let shard = options.shard
        let started = Date()
        let clock = ContinuousClock.now
        let strays = OutputWriter.removeStrayTemporaries(under: out) { shard?.contains(relativePath: $0) ?? true }
        if strays > 0 {
            logger.notice("removed temporary files of an interrupted run", metadata: ["count": "\(strays)"])
        }

        let ledger = try Ledger(path: Self.ledgerPath(out, shard: shard))
        let runId = RunReport.makeRunId(at: started) + (shard.map { "-\($0.fileTag)" } ?? "")
        try ledger.record(LedgerRun(id: runId, started: started))
        let plan = IncrementalPlan(
            documents: documents, entries: try ledger.entries(), configHash: options.configHash, force: options.force,
            outputsExist: outputsExist)
        try ledger.restamp(plan.restamp)
        logger.info(
            "planned",
            metadata: [
                "run": "\(runId)", "convert": "\(plan.convert.count)", "skip": "\(plan.skip.count)",
                "missing": "\(plan.missing.count)",
            ])

        let recorder = RunRecorder(
            ledger: ledger, runId: runId, configHash: options.configHash, plan: plan, logger: logger)
        let progress = makeProgress(plan.convert.count)
        if !plan.convert.isEmpty && !control.isStopping {
            // Results are recorded on a queue of their own, so a lane sends its worker the next document
            // at once instead of after a ledger commit, and those that arrive within `commitWindow` of each
            // other share one transaction (a commit costs more than converting a one-page PDF's share of
            // the CPU). A kill loses at most the records not yet committed, whose documents the next run
            // converts again.
            let recording = DispatchQueue(label: "referent.recording")
            let pending = Mutex<[DocumentResult]>([])
            let durable = options.durable
            let commit: @Sendable () -> Void = {
                let batch = pending.withLock { results in
                    defer { results.removeAll() }
                    return results
                }
                // Durable before recorded: a document the ledger calls converted has its outputs on disk.
                if durable { OutputWriter.makeDurable(batch.filter { $0.status == .converted }.flatMap(\.outputs)) }
                recorder.record(batch)
                for result in batch { progress?.finished(result) }
            }
            convert(plan.largestFirst, control) { result in
                let first = pending.withLock { results in
                    results.append(result)
                    return results.count == 1
                }
                if first { recording.asyncAfter(deadline: .now() + Self.commitWindow, execute: commit) }
            }
            recording.sync(execute: commit)
        }
        progress?.close()

        var report = RunReport(
            runId: runId, configHash: options.configHash, shard: shard?.description, started: started,
            finished: Date(), seconds: (ContinuousClock.now - clock).seconds, stoppedBy: control.stopReason, pages: 0,
            counts: .init(), documents: [], missing: plan.missing.map(\.relativePath))
        report.documents = recorder.entries(problems: problems, documents: documents, control: control)
        report.counts = RunReport.Counts(
            inputs: report.documents.count, converted: report.documents.count { $0.status == "converted" },
            skipped: report.documents.count { $0.status == "skipped" },
            failed: report.documents.count { $0.status == "failed" }, missing: plan.missing.count,
            pruned: try prune(plan.missing, ledger: ledger, stopping: control.isStopping),
            stopped: report.documents.count { $0.error?.contains(RunRecorder.stoppedMarker) == true })
        report.pages = recorder.convertedPages
        report.finished = Date()
        report.seconds = (ContinuousClock.now - clock).seconds
        do {
            try report.write(into: Self.reportsFolder(out))
        } catch {
            logger.error("cannot write the run report", metadata: ["error": "\(error)"])
        }
        let summary =
            "\(report.counts.converted) converted, \(report.counts.skipped) skipped, \(report.counts.failed) failed"
        try ledger.record(LedgerRun(id: runId, started: started, finished: report.finished, summary: summary))
        return report
    }

    /// Whether every output of a document is on disk and not empty (a file a power cut emptied is not an
    /// output).
    private func outputsExist(_ relativePath: String) -> Bool {
        options.formats.allSatisfy {
            var info = stat()
            let path = Self.outputPath(options.outputFolder, relativePath: relativePath, format: $0)
            return stat(path, &info) == 0 && info.st_size > 0
        }
    }

    /// Reports the inputs that disappeared and, with `--prune`, removes their outputs and ledger entries.
    private func prune(_ missing: [LedgerEntry], ledger: Ledger, stopping: Bool) throws(LedgerError) -> Int {
        for entry in missing {
            logger.warning("input disappeared", metadata: ["input": "\(entry.input)", "pruned": "\(options.prune)"])
        }
        guard options.prune, !stopping, !missing.isEmpty else { return 0 }
        for entry in missing {
            for format in OutputFormat.allCases {
                unlink(Self.outputPath(options.outputFolder, relativePath: entry.relativePath, format: format))
            }
        }
        try ledger.remove(missing.map(\.relativePath))
        return missing.count
    }
}
