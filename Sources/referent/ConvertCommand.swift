import ArgumentParser
import DocumentModel
import Emit
import Foundation
import Pipeline
import Review

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PDFs (files or folders, recursively) into JSON and XML, doing only the new work.",
        discussion: "For IN/sub/x.pdf writes OUT/sub/x.json and OUT/sub/x.xml. A ledger in OUT/.referent skips "
            + "documents converted before with the same content, configuration and version. Exit 0 when all "
            + "converted or skipped, 1 when any failed or the run was stopped, 2 for usage or configuration "
            + "errors, 3 when another run holds the output folder's lock.")

    @Argument(help: "PDF files or folders holding them.")
    var inputs: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Output formats, comma-separated: json,xml (default: from the configuration).")
    var format: String?

    @Option(name: .long, help: "Documents in parallel (default: from the configuration; 0 = one per core).")
    var jobs: Int?

    @OptionGroup var nightly: NightlyOptions

    @Flag(name: .long, help: "Show what the PDF libraries print on standard error.")
    var verbose = false

    @Flag(name: .long, help: "Write a review page (OUT/sub/x.html) beside each converted document's outputs.")
    var review = false

    func run() throws {
        var config = try options.load()
        if let format { config.output.formats = try Self.parseFormats(format) }
        if let jobs {
            guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
            config.jobs = jobs
        }
        if let timeout = nightly.timeout { config.batch.timeoutSeconds = timeout }
        if let memoryLimit = nightly.memoryLimit { config.batch.memoryLimitMB = memoryLimit }
        if let grace = nightly.grace { config.batch.stopGraceSeconds = grace }
        let shard = try nightly.parsedShard()
        let logger = LineLogHandler.bootstrap(format: nightly.logFormat ?? .text)

        var (documents, problems) = InputDiscovery.discover(inputs)
        if documents.isEmpty && !problems.isEmpty {
            for problem in problems { Console.error("\(problem)") }
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        if let shard { documents = documents.filter { shard.contains(relativePath: $0.relativePath) } }
        let lock = try Self.takeLock(out: out, shard: shard)
        defer { withExtendedLifetime(lock) {} }

        let control = BatchControl(graceSeconds: config.batch.stopGraceSeconds) { signal, abandoning in
            Console.error(
                abandoning
                    ? "\(signal): abandoning the documents in flight"
                    : "\(signal): stopping; no new documents, waiting for the ones in flight")
        }
        control.installSignalHandlers()
        var runOptions = NightlyRun.Options(
            outputFolder: out, formats: config.output.formats, configHash: ConfigFingerprint.hash(of: config))
        runOptions.force = nightly.force
        runOptions.prune = nightly.prune
        runOptions.shard = shard
        runOptions.durable = config.batch.durable
        let terminal = nightly.logFormat == nil && BatchProgress.standardErrorIsTerminal
        let report: RunReport
        do {
            report = try NightlyRun(options: runOptions, logger: logger).run(
                documents: documents, problems: problems, control: control,
                progress: { BatchProgress(total: $0, terminal: terminal, logger: logger) },
                convert: converter(config))
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        RunReportHTML.write(report, out: out, documents: documents, reviewPages: review)
        Console.error(Self.summary(report))
        if report.counts.failed > 0 || report.stoppedBy != nil { throw ExitCode(ExitStatus.someFailed.rawValue) }
    }

    /// Takes the output folder's lock, or exits 3 when another run holds it.
    static func takeLock(out: String, shard: Shard?) throws -> RunLock {
        do {
            return try RunLock(path: NightlyRun.lockPath(out, shard: shard))
        } catch {
            Console.error("\(error)")
            throw ExitCode(error.reason == .held ? ExitStatus.locked.rawValue : ExitStatus.usage.rawValue)
        }
    }

    /// "14 converted, 3 skipped, 1 failed, 63 pages, 0.84 s", plus what disappeared and what stopped the run.
    static func summary(_ report: RunReport) -> String {
        let counts = report.counts
        var text = "\(counts.converted) converted, \(counts.skipped) skipped, \(counts.failed) failed, "
        text += "\(report.pages) pages, \(String(format: "%.2f", report.seconds)) s"
        if counts.missing > 0 { text += "; \(counts.missing) inputs disappeared (\(counts.pruned) pruned)" }
        if let signal = report.stoppedBy {
            text += "; stopped by \(signal) (\(counts.stopped) of the failed not finished)"
        }
        return text
    }

    /// Worker processes (the default) or, with `batch.isolate: false`, threads in this process.
    private func converter(_ config: PipelineConfig) -> NightlyRun.Converter {
        let jobs = config.effectiveJobs
        guard config.batch.isolate else {
            let out = out
            return { documents, control, finished in
                let validator =
                    config.output.validate && config.output.formats.contains(.xml)
                    ? try? XMLSchemaValidator.forContract() : nil
                var runner = BatchRunner(
                    pipeline: DocumentPipeline(config: config), outputFolder: out, formats: config.output.formats,
                    validator: validator)
                if review { runner.review = Self.reviewWriter(config) }
                _ = runner.run(documents, jobs: jobs, control: control, progress: finished)
            }
        }
        return { documents, control, finished in
            let pool = WorkerPool(
                command: workerCommand(config: config, documentCount: documents.count),
                timeoutSeconds: config.batch.timeoutSeconds, environment: Self.workerEnvironment, quiet: !verbose,
                dictionary: config.usableDictionary)
            _ = pool.run(documents, jobs: jobs, control: control, progress: finished)
        }
    }

    /// Workers run tesseract single-threaded (its OpenMP slows OCR on few cores) and without the Swift
    /// runtime's crash backtraces, which the batch reports as one line.
    static let workerEnvironment = ["OMP_THREAD_LIMIT": "1", "SWIFT_BACKTRACE": "enable=no"]

    /// This program re-executed as a worker with the same configuration and output folder.
    /// With `ocr.threads: 0`, the cores not used by parallel documents read the pages of one document in
    /// parallel: 2 cores and 1 scanned PDF → 2 OCR threads; 2 cores and 50 PDFs → 1 per worker.
    private func workerCommand(config: PipelineConfig, documentCount: Int) -> [String] {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let workers = max(1, min(config.effectiveJobs, documentCount))
        let ocrThreads = config.ocr.threads > 0 ? config.ocr.threads : max(1, config.effectiveJobs / workers)
        let formats = config.output.formats.map(\.rawValue).sorted().joined(separator: ",")
        var command = [
            executable, "worker", "--out", out, "--format", formats,
            "--memory-limit-mb", "\(config.batch.memoryLimitMB)", "--ocr-threads", "\(ocrThreads)",
        ]
        if let config = options.config { command += ["--config", config] }
        if review { command.append("--review") }
        return command
    }

    /// Review pages in a batch render on the document's own thread: the batch already uses every core.
    static func reviewWriter(_ config: PipelineConfig) -> ReviewWriter {
        ReviewWriter(
            options: ReviewOptions(lowConfidence: config.ocr.lowConfidence), maxPixels: config.ocr.maxPixels, threads: 1
        )
    }

    static func parseFormats(_ list: String) throws -> Set<OutputFormat> {
        var formats: Set<OutputFormat> = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' (expected json, xml)")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--format names no format") }
        return formats
    }
}
