import Foundation
import Logging
import Synchronization

/// How log lines look: `json` (one object per line, for a log collector) or `text` (for a person).
public enum LogFormat: String, Sendable, CaseIterable {
    case json, text
}

/// A swift-log handler that writes one line per message to standard error, as JSON or as text. Messages go
/// to standard error so that standard output stays free for data.
public struct LineLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public let label: String
    public let format: LogFormat
    private let sink: @Sendable (String) -> Void

    public init(label: String, format: LogFormat, sink: @escaping @Sendable (String) -> Void = Self.standardError) {
        self.label = label
        self.format = format
        self.sink = sink
    }

    /// Installs the handler for the whole process (swift-log allows this once) and returns the batch's logger.
    public static func bootstrap(format: LogFormat, level: Logger.Level = .info) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = LineLogHandler(label: label, format: format)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "referent")
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        sink(render(level: event.level, message: "\(event.message)", metadata: all, date: Date()))
    }

    func render(level: Logger.Level, message: String, metadata: Logger.Metadata, date: Date) -> String {
        let time = date.formatted(.iso8601)
        switch format {
        case .text:
            let fields = metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }
            return ([time, level.rawValue, message] + fields).joined(separator: " ") + "\n"
        case .json:
            var object: [String: Any] = ["time": time, "level": level.rawValue, "message": message]
            for (key, value) in metadata { object[key] = Self.json(value) }
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data ?? Data(), as: UTF8.self) + "\n"
        }
    }

    /// Numbers stay numbers in JSON, so a log collector can sum pages and seconds.
    private static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let value): value is Int || value is Double ? value : "\(value)"
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }

    private static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) || text.isEmpty
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
    }

    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }
}
