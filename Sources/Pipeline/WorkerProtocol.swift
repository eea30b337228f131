import Foundation

/// One line of JSON from the batch to a worker: convert this document.
struct WorkerRequest: Codable {
    var path: String
    var relativePath: String
}

/// One line of JSON from a worker back to the batch: what became of the document.
struct WorkerResponse: Codable {
    var status: String
    var error: String?
    var pages: Int
    var seconds: Double
    var outputs: [String]
    var timings: [String: Double]
    var sha256: String?
}

extension DocumentResult {
    init(_ response: WorkerResponse, input: String) {
        self.init(
            input: input, status: Status(rawValue: response.status) ?? .failed, error: response.error,
            pages: response.pages, seconds: response.seconds, outputs: response.outputs,
            timings: response.timings.map { StageTiming(stage: $0.key, seconds: $0.value) }.sorted {
                $0.stage < $1.stage
            }, sha256: response.sha256)
    }

    var response: WorkerResponse {
        WorkerResponse(
            status: status.rawValue, error: error, pages: pages, seconds: seconds, outputs: outputs,
            timings: Dictionary(timings.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +), sha256: sha256)
    }
}

/// Serves requests on standard input until it closes: the body of `referent worker`. Runs in a process of
/// its own so that a crash or hang inside poppler costs one document, not the batch.
public enum WorkerLoop {
    public static func serve(runner: BatchRunner) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            FaultInjection.apply(to: request.relativePath)
            let result = runner.convert(InputDocument(path: request.path, relativePath: request.relativePath))
            guard let data = try? encoder.encode(result.response) else { continue }
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }
}

/// Test-only switch: `REFERENT_FAULT=crash:NAME` or `hang:NAME` makes the worker that gets a document whose
/// relative path ends with NAME crash (SIGSEGV) or hang, to prove the batch survives both.
enum FaultInjection {
    static func apply(to relativePath: String) {
        guard let spec = ProcessInfo.processInfo.environment["REFERENT_FAULT"] else { return }
        for rule in spec.split(separator: ",") {
            let parts = rule.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, relativePath.hasSuffix(parts[1]) else { continue }
            switch parts[0] {
            case "crash": raise(SIGSEGV)
            case "hang": while true { sleep(60) }
            default: continue
            }
        }
    }
}
