import Emit
import Foundation

/// One-line descriptions of values for a report: an item as `4. "Title"`, a participant as its name and
/// status, furniture as its text and reason, anything else as compact JSON.
public enum ValueDescription {
    /// Longest description before it is cut with "…".
    static let maximumLength = 120

    /// Describes the value found at `path`; nil (absent) is `(missing)`.
    public static func describe(_ value: OutputValue?, at path: String) -> String {
        guard let value else { return "(missing)" }
        guard case .object = value else { return compact(value) }
        let text = { (key: String) in value[key].flatMap(\.stringValue) }
        switch ContractShape.pattern(of: path) {
        case "items[]":
            return "\(text("number").map { "\($0). " } ?? "")\(compact(value["title"] ?? .null))"
        case "meeting.participants[]":
            let details = ["status", "role", "organisation"].compactMap(text)
            return compact(value["name"] ?? .null) + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        case "meeting.fields[]":
            return "\(text("label") ?? "?"): \(compact(value["value"] ?? .null))"
        case "pages[]":
            return "page \(value["number"].map(compact) ?? "?")"
        case "pages[].furniture[]":
            return compact(value["text"] ?? .null) + (text("reason").map { " (\($0))" } ?? "")
        case "diagnostics[]":
            let page = value["page"].flatMap { $0 == .null ? nil : " (page \(compact($0)))" } ?? ""
            return "\(text("level") ?? "") \(text("code") ?? ""): \(compact(value["message"] ?? .null))\(page)"
        case "items[].subitems[]":
            return "\(text("label") ?? "?")) \(compact(value["title"] ?? .null))"
        case "items[].sections[]":
            return "\(text("kind") ?? "?") \(compact(value["label"] ?? .null)): \(compact(value["text"] ?? .null))"
        case "items[].links[]":
            return "\(compact(value["text"] ?? .null)) → \(text("uri") ?? "?")"
        default:
            return compact(value)
        }
    }

    /// Compact JSON on one line, strings quoted with their line breaks shown as `\n`, cut at `maximumLength`.
    public static func compact(_ value: OutputValue) -> String {
        let full = render(value)
        guard full.count > maximumLength else { return full }
        return String(full.prefix(maximumLength - 1)) + "…"
    }

    private static func render(_ value: OutputValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
        case .string(let text): quoted(text)
        case .array(let elements): "[" + elements.map(render).joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\(quoted($0.0)): \(render($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

extension OutputValue {
    /// The string, if this is one.
    var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }
}
