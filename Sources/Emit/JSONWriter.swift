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

    /// Whether `text` holds a quote, backslash, control character or U+2028/U+2029 (E2 80 A8/A9 in UTF-8).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    private static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        // Most strings need no escaping: append them whole rather than scalar by scalar.
        if !needsEscaping(text) {
            out.append(text)
            out.append("\"")
            return
        }
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
