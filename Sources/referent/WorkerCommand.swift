import ArgumentParser
import Emit
import Foundation
import Pipeline

/// `referent worker`: the child process `convert` starts. Reads one JSON request per line on standard
/// input, converts that document and answers one JSON line. Not for direct use.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Serve conversions for a parent `referent convert` (internal).",
        shouldDisplay: false)

    @Option(name: .long) var out: String
    @OptionGroup var options: ConfigOptions
    @Option(name: .long) var format: String?
    @Option(name: .long, help: "Address-space limit in MB (0 = none).") var memoryLimitMb = 0
    @Option(name: .long, help: "Pages of one document recognised in parallel.") var ocrThreads: Int?
    @Flag(name: .long, help: "Write a review page beside each document's outputs.") var review = false
    @Flag(
        name: .customLong(String(WorkerPool.batchLexiconFlag.dropFirst(2))),
        help: "Ask the parent for dictionary verdicts instead of loading the dictionary.")
    var batchLexicon = false

    func run() throws {
        WorkerSafety.ignoreStopSignals()
        WorkerSafety.exitWithParent()
        do {
            try WorkerSafety.limitMemory(megabytes: memoryLimitMb)
        } catch {
            Console.error("worker: \(error)")
        }
        var config = try options.load()
        if let format { config.output.formats = try ConvertCommand.parseFormats(format) }
        if let ocrThreads { config.ocr.threads = max(1, ocrThreads) }
        // The pipeline first: it starts loading the dictionary (unless the batch holds it) in the background
        // while the schema compiles.
        let pipeline =
            batchLexicon
            ? DocumentPipeline(config: config, lexicon: WorkerLoop.batchLexicon()) : DocumentPipeline(config: config)
        let validator =
            config.output.validate && config.output.formats.contains(.xml) ? try? XMLSchemaValidator.forContract() : nil
        var runner = BatchRunner(
            pipeline: pipeline, outputFolder: out, formats: config.output.formats, validator: validator)
        if review { runner.review = ConvertCommand.reviewWriter(config) }
        WorkerLoop.serve(runner: runner)
        // Every answer is written (unbuffered) and the parent is waiting for this exit: skip freeing the
        // dictionary and the C libraries' caches (~0.1 s), which the system reclaims at once.
        fflush(nil)
        _exit(0)
    }
}
