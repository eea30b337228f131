import ArgumentParser
import DocumentModel
import Emit
import Foundation
import Pipeline

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PDFs (files or folders, recursively) into JSON and XML.",
        discussion: "For IN/sub/x.pdf writes OUT/sub/x.json and OUT/sub/x.xml. Exit 0 when all converted, "
            + "1 when any failed, 2 for usage or configuration errors.")

    @Argument(help: "PDF files or folders holding them.")
    var inputs: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Output formats, comma-separated: json,xml (default: from the configuration).")
    var format: String?

    @Option(name: .long, help: "Documents in parallel (default: from the configuration; 0 = one per core).")
    var jobs: Int?

    @Flag(name: .long, help: "Show what the PDF libraries print on standard error.")
    var verbose = false

    /// Workers run tesseract single-threaded (its OpenMP slows OCR on few cores) and without the Swift
    /// runtime's crash backtraces, which the batch reports as one line.
    static let workerEnvironment = ["OMP_THREAD_LIMIT": "1", "SWIFT_BACKTRACE": "enable=no"]

    func run() throws {
        var config = try options.load()
        if let format { config.output.formats = try Self.parseFormats(format) }
        if let jobs {
            guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
            config.jobs = jobs
        }
        let (documents, problems) = InputDiscovery.discover(inputs)
        for problem in problems { Console.error("\(problem)") }
        if documents.isEmpty && !problems.isEmpty { throw ExitCode(ExitStatus.usage.rawValue) }

        let validator: XMLSchemaValidator?
        do {
            validator = config.output.validate && config.output.formats.contains(.xml) ? try .forContract() : nil
        } catch {
            Console.error("cannot load the output XSD: \(error.messages.joined(separator: "; "))")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let runner = BatchRunner(
            pipeline: DocumentPipeline(config: config), outputFolder: out, formats: config.output.formats,
            validator: validator)
        let clock = ContinuousClock()
        let start = clock.now
        let report: @Sendable (DocumentResult) -> Void = { result in
            if result.status == .failed { Console.error("failed: \(result.error ?? result.input)") }
        }
        let results =
            config.batch.isolate
            ? WorkerPool(
                command: workerCommand(format: config.output.formats), timeoutSeconds: config.batch.timeoutSeconds,
                environment: Self.workerEnvironment, quiet: !verbose
            )
            .run(documents, jobs: config.effectiveJobs, progress: report)
            : runner.run(documents, jobs: config.effectiveJobs, progress: report)
        let elapsed = clock.now - start
        let converted = results.filter { $0.status == .converted }
        let failed = results.count - converted.count + problems.count
        let pages = converted.reduce(0) { $0 + $1.pages }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        Console.error(
            "\(converted.count) converted, \(failed) failed, \(pages) pages, \(String(format: "%.2f", seconds)) s")
        if failed > 0 { throw ExitCode(ExitStatus.someFailed.rawValue) }
    }

    /// This program re-executed as a worker with the same configuration and output folder.
    private func workerCommand(format: Set<OutputFormat>) -> [String] {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        var command = [
            executable, "worker", "--out", out, "--format", format.map(\.rawValue).sorted().joined(separator: ","),
        ]
        if let config = options.config { command += ["--config", config] }
        return command
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

/// `--config FILE`, shared by the commands that run the pipeline.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "The pipeline configuration (default: built-in, equal to the shipped pipeline.yaml).")
    var config: String?

    /// The configuration, or exit 2 with the file, line and what was expected.
    func load() throws -> PipelineConfig {
        guard let config else { return PipelineConfig() }
        do {
            return try ConfigLoader.load(path: config)
        } catch {
            Console.error("configuration error: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}

/// Messages go to standard error, data to standard output.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("referent: \(message)\n".utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
