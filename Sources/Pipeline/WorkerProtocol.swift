import Foundation
import Normalisation
import Synchronization

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

/// One line of JSON from a worker to the batch: a document's result, or a question for the batch's lexicon
/// (`lookup`, a word), which the batch answers with a `LookupAnswer` line before the worker goes on.
struct WorkerMessage: Codable {
    var response: WorkerResponse?
    var lookup: String?
}

/// The batch's answer to a lookup: whether its dictionary knows the word.
struct LookupAnswer: Codable {
    var known: Bool
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
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            FaultInjection.apply(to: request.relativePath)
            let result = runner.convert(InputDocument(path: request.path, relativePath: request.relativePath))
            send(WorkerMessage(response: result.response))
        }
    }

    /// The batch's dictionary, asked over this worker's pipes (`referent worker --batch-lexicon`). A batch
    /// loads hunspell once instead of once per worker: ~0.1 s of CPU and ~20 MB each, which with all cores
    /// busy is time taken from documents. The worker asks only while it converts, when the batch reads its
    /// output; a batch that has gone answers nothing, and the word counts as unknown.
    public static func batchLexicon() -> any Lexicon {
        CachingLexicon { word in
            // hunspell knows no word this long: no need to ask (or to send a hostile PDF's megabyte "word").
            guard word.utf8.count < HunspellDictionary.maxWordBytes else { return false }
            send(WorkerMessage(lookup: word))
            guard let line = readLine(strippingNewline: true) else { return nil }
            return (try? JSONDecoder().decode(LookupAnswer.self, from: Data(line.utf8)))?.known
        }
    }

    private static func send(_ message: WorkerMessage) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(message) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

/// A lexicon that asks `ask` once per word and remembers the answers; one question at a time, since the
/// answer to a question comes back on the same channel. An unanswered question (nil) is not remembered.
final class CachingLexicon: Lexicon, Sendable {
    private let ask: @Sendable (String) -> Bool?
    private let verdicts = Mutex<[String: Bool]>([:])
    /// Forgets every answer past this many words, bounding a worker that runs all night.
    private let limit = 200_000

    init(ask: @escaping @Sendable (String) -> Bool?) {
        self.ask = ask
    }

    func isWord(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        return verdicts.withLock { known in
            if let verdict = known[word] { return verdict }
            guard let verdict = ask(word) else { return false }
            if known.count >= limit { known.removeAll(keepingCapacity: true) }
            known[word] = verdict
            return verdict
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
