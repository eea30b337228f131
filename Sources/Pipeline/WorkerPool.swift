import Foundation
import Synchronization

/// Runs documents in `referent worker` child processes, `jobs` at a time. A worker that dies fails its
/// document with "crashed (signal N)" (or "out of memory"), one that overruns the time budget is killed and
/// its document fails with "timed out"; either way a fresh worker takes the next document.
public struct WorkerPool: Sendable {
    /// The program and arguments that start one worker.
    public var command: [String]
    public var timeoutSeconds: Double
    public var environment: [String: String]
    /// Send the workers' standard error (poppler's complaints about broken PDFs) to /dev/null.
    public var quiet: Bool
    /// The hunspell dictionary (path without extension) this process loads once for all its workers, which
    /// then ask it for verdicts (`referent worker --batch-lexicon`); nil: workers consult no dictionary.
    public var dictionary: String?

    public init(
        command: [String], timeoutSeconds: Double, environment: [String: String] = [:], quiet: Bool = true,
        dictionary: String? = nil
    ) {
        self.command = command
        self.timeoutSeconds = timeoutSeconds
        self.environment = environment
        self.quiet = quiet
        self.dictionary = dictionary
    }

    /// The flag that makes a worker ask the batch for dictionary verdicts instead of loading one.
    public static let batchLexiconFlag = "--batch-lexicon"

    /// Converts `documents`; `progress` is called (from pool threads) as each finishes. With a `control`
    /// that is stopping, no new document starts; the returned results then cover the documents started.
    public func run(
        _ documents: [InputDocument], jobs: Int, control: BatchControl? = nil,
        progress: @escaping @Sendable (DocumentResult) -> Void = { _ in }
    ) -> [DocumentResult] {
        // Loads while the workers start; a process must not exit with the load unfinished.
        let lexicon = dictionary.map(BackgroundLexicon.dictionary(at:))
        defer { lexicon?.waitUntilLoaded() }
        let command = dictionary == nil ? command : command + [Self.batchLexiconFlag]
        // Each lane keeps its worker process across documents; a crashed one is replaced in `convert`.
        return DocumentLanes.run(
            documents, lanes: jobs, control: control, initialState: { WorkerProcess?.none },
            convert: { document, worker in
                convert(document, worker: &worker, command: command, lexicon: lexicon, control: control)
            },
            finish: { worker in worker?.finish() }, progress: progress)
    }

    private func convert(
        _ document: InputDocument, worker: inout WorkerProcess?, command: [String], lexicon: BackgroundLexicon?,
        control: BatchControl?
    ) -> DocumentResult {
        let clock = ContinuousClock()
        let start = clock.now
        func failed(_ message: String, status: DocumentResult.Status = .failed) -> DocumentResult {
            DocumentResult(
                input: document.path, status: status, error: "\(document.relativePath): \(message)", pages: 0,
                seconds: (clock.now - start).seconds, outputs: [], timings: [])
        }
        if worker == nil || worker?.isRunning == false {
            do {
                worker = try WorkerProcess(command: command, environment: environment, quiet: quiet)
            } catch {
                return failed("could not start a worker: \(error)")
            }
        }
        guard let current = worker else { return failed("could not start a worker") }
        let request = WorkerRequest(path: document.path, relativePath: document.relativePath)
        switch current.exchange(request, timeout: timeoutSeconds, control: control, lexicon: lexicon) {
        case .answered(let response): return DocumentResult(response, input: document.path)
        case .timedOut:
            current.kill()
            worker = nil
            return failed("timed out after \(Int(timeoutSeconds)) s")
        case .abandoned:
            current.kill()
            worker = nil
            return failed("abandoned: the run was stopped", status: .interrupted)
        case .died(let description, let signal):
            worker = nil
            // A worker killed by the stop signal itself (a terminal's Ctrl-C reaches the whole process group)
            // says nothing about the document.
            if control?.isStopping == true, signal == SIGINT || signal == SIGTERM {
                return failed("abandoned: the run was stopped", status: .interrupted)
            }
            return failed(description)
        }
    }
}
