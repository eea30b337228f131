import DocumentModel
import Foundation

/// What one run did, written to `OUT/.referent/runs/<run-id>.json` when it ends (also when it was stopped):
/// counts, durations and one entry per input.
public struct RunReport: Codable, Sendable, Equatable {
    /// One input's outcome. `status` is `converted`, `skipped` or `failed`; `error` is null unless failed.
    public struct Entry: Codable, Sendable, Equatable {
        public var input: String
        public var status: String
        public var error: String?
        public var pages: Int
        public var seconds: Double

        public init(input: String, status: String, error: String?, pages: Int, seconds: Double) {
            self.input = input
            self.status = status
            self.error = error
            self.pages = pages
            self.seconds = seconds
        }

        /// `error` is always present, null when there is none: readers should not have to guess.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(input, forKey: .input)
            try container.encode(status, forKey: .status)
            try container.encode(error, forKey: .error)
            try container.encode(pages, forKey: .pages)
            try container.encode(seconds, forKey: .seconds)
        }
    }

    public struct Counts: Codable, Sendable, Equatable {
        public var inputs = 0
        public var converted = 0
        public var skipped = 0
        public var failed = 0
        /// Ledger documents whose input has disappeared.
        public var missing = 0
        /// Of those, the ones whose outputs `--prune` removed.
        public var pruned = 0
        /// Failed documents that a stop (SIGINT/SIGTERM) kept from finishing; the next run converts them.
        public var stopped = 0
    }

    public var runId: String
    public var version = ReferentVersion.version
    public var configHash: String
    public var shard: String?
    public var started: Date
    public var finished: Date
    public var seconds: Double
    /// The signal that stopped the run early, or null when it ran to the end.
    public var stoppedBy: String?
    public var pages: Int
    public var counts: Counts
    public var documents: [Entry]
    /// Inputs recorded by earlier runs that are no longer there (relative paths).
    public var missing: [String]

    /// A sortable, unique run id: UTC start time to the millisecond, then the process id.
    public static func makeRunId(at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        return "\(formatter.string(from: date))-\(getpid())"
    }

    /// Writes the report atomically into `folder` (`OUT/.referent/runs`) and returns its path.
    @discardableResult
    public func write(into folder: String) throws(ReferentError) -> String {
        let path = (folder as NSString).appendingPathComponent("\(runId).json")
        let data: Data
        do {
            data = try Self.encoder.encode(self) + Data("\n".utf8)
        } catch {
            throw ReferentError(.internalFailure, file: path, message: "cannot encode the run report: \(error)")
        }
        try OutputWriter.write(data, to: path, file: path)
        OutputWriter.makeDurable([path])
        return path
    }

    /// The most recent reports in `folder`, newest first; unreadable files are passed over.
    public static func recent(in folder: String, limit: Int) -> [RunReport] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted(by: >).prefix(limit).compactMap {
            guard let data = FileManager.default.contents(atPath: folder + "/" + $0) else { return nil }
            return try? decoder.decode(RunReport.self, from: data)
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
