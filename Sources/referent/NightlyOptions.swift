import ArgumentParser
import Pipeline

/// The options of an unattended run: incremental work, scale-out, limits and how it reports.
struct NightlyOptions: ParsableArguments {
    @Flag(name: .long, help: "Convert every document, even those the ledger says are unchanged.")
    var force = false

    @Flag(name: .long, help: "Remove the outputs of inputs that have disappeared since they were converted.")
    var prune = false

    @Option(
        name: .long,
        help: "Convert only shard K of N (0 ≤ K < N), split by a stable hash of each relative path.")
    var shard: String?

    @Option(name: .long, help: "Log lines as json or text instead of a progress bar (default: bar on a terminal).")
    var logFormat: LogFormat?

    @Option(name: .long, help: "Seconds a document may take before it is killed (default: batch.timeoutSeconds).")
    var timeout: Double?

    @Option(name: .long, help: "Address-space limit of each worker in MB; 0 = none (default: batch.memoryLimitMB).")
    var memoryLimit: Int?

    @Option(
        name: .long,
        help: "Seconds the documents in flight get to finish after SIGINT or SIGTERM (default: batch.stopGraceSeconds)."
    )
    var grace: Double?

    func parsedShard() throws -> Shard? {
        guard let shard else { return nil }
        do {
            return try Shard(parsing: shard)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func validate() throws {
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be more than 0") }
        if let memoryLimit, memoryLimit < 0 { throw ValidationError("--memory-limit must be 0 or more") }
        if let grace, grace < 0 { throw ValidationError("--grace must be 0 or more") }
        _ = try parsedShard()
    }
}

extension LogFormat: ExpressibleByArgument {}
