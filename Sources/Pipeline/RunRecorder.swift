import DocumentModel
import Foundation
import Logging
import Synchronization

/// Collects a run's results as they arrive (from pool threads) and records each in the ledger at once,
/// so a run killed midway keeps what it finished. An interrupted document is not recorded: it was not
/// judged, and the next run converts it.
final class RunRecorder: Sendable {
    private let ledger: Ledger
    private let runId: String
    private let configHash: String
    private let logger: Logger
    private let byPath: [String: InputDocument]
    private let stamps: [String: FileStamp]
    private let skipped: [String: LedgerEntry]
    private let results = Mutex<[String: DocumentResult]>([:])

    init(ledger: Ledger, runId: String, configHash: String, plan: IncrementalPlan, logger: Logger) {
        self.ledger = ledger
        self.runId = runId
        self.configHash = configHash
        self.logger = logger
        byPath = Dictionary(plan.convert.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        stamps = plan.stamps
        skipped = Dictionary(plan.skip.map { ($0.document.relativePath, $0.entry) }, uniquingKeysWith: { $1 })
    }

    /// What the error of a document a stop kept from finishing says.
    static let stoppedMarker = "the run was stopped"

    /// Pages of the documents converted in this run.
    var convertedPages: Int {
        results.withLock { $0.values.filter { $0.status == .converted }.reduce(0) { $0 + $1.pages } }
    }

    /// Records finished documents, in one ledger transaction.
    func record(_ finished: [DocumentResult]) {
        let entries = finished.compactMap { result -> LedgerEntry? in
            guard let document = byPath[result.input] else { return nil }
            results.withLock { $0[document.relativePath] = result }
            guard result.status != .interrupted else { return nil }
            return entry(result, document: document)
        }
        guard !entries.isEmpty else { return }
        do {
            try ledger.record(entries)
        } catch {
            logger.error(
                "cannot record in the ledger",
                metadata: ["inputs": "\(entries.map(\.input).joined(separator: ", "))", "error": "\(error)"])
        }
    }

    private func entry(_ result: DocumentResult, document: InputDocument) -> LedgerEntry {
        let stamp = stamps[document.relativePath]
        let timings = Dictionary(result.timings.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +)
        return LedgerEntry(
            relativePath: document.relativePath, input: document.path, size: stamp?.size ?? -1,
            mtimeNanoseconds: stamp?.mtimeNanoseconds ?? -1, sha256: result.sha256, configHash: configHash,
            version: ReferentVersion.version, status: result.status.rawValue, error: result.error,
            pages: result.pages, seconds: result.seconds,
            timings: String(decoding: (try? JSONEncoder().encode(timings)) ?? Data("{}".utf8), as: UTF8.self),
            runId: runId, updatedAt: Date())
    }

    /// One report entry per input: discovery problems first, then the documents in input order.
    func entries(problems: [InputDiscovery.Problem], documents: [InputDocument], control: BatchControl)
        -> [RunReport.Entry]
    {
        let finished = results.withLock { $0 }
        let stopped = "not converted: \(Self.stoppedMarker) (\(control.stopReason ?? "stop requested"))"
        let problemEntries = problems.map {
            RunReport.Entry(input: $0.path, status: "failed", error: $0.message, pages: 0, seconds: 0)
        }
        return problemEntries
            + documents.map { document in
                if let entry = skipped[document.relativePath] {
                    return RunReport.Entry(
                        input: document.path, status: "skipped", error: nil, pages: entry.pages, seconds: 0)
                }
                guard let result = finished[document.relativePath] else {
                    return RunReport.Entry(input: document.path, status: "failed", error: stopped, pages: 0, seconds: 0)
                }
                let converted = result.status == .converted
                return RunReport.Entry(
                    input: document.path, status: converted ? "converted" : "failed",
                    error: converted ? nil : result.error ?? "failed", pages: result.pages,
                    seconds: (result.seconds * 1000).rounded() / 1000)
            }
    }
}
