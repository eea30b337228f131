import Foundation

/// Writes an `OutputValue` as JSON with keys in contract order and two-space indentation, so outputs are
/// stable and read well in a diff.
public enum JSONWriter {
    public static func data(_ value: OutputValue) -> Data {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return Data(out.utf8)
    }

    private static func write(_ value: OutputValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let number): out.append(String(number))
        case .double(let number): out.append(format(number))
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            guard !elements.isEmpty else { return out.append("[]") }
            out.append("[\n")
            for (index, element) in elements.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                write(element, indent: indent + 1, into: &out)
                out.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .object(let pairs):
            guard !pairs.isEmpty else { return out.append("{}") }
            out.append("{\n")
            for (index, (key, element)) in pairs.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                writeString(key, into: &out)
                out.append(": ")
                write(element, indent: indent + 1, into: &out)
                out.append(index == pairs.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out.append(String(format: "\\u%04x", scalar.value))
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
