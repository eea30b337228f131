import Foundation

/// Writes an `OutputValue` as JSON with keys in contract order and two-space indentation, so outputs are
/// stable and read well in a diff.
public enum JSONWriter {
    public static func data(_ value: OutputValue) -> Data {
        var out = JSONBytes()
        out.write(value, depth: 0)
        out.bytes.append(UInt8(ascii: "\n"))
        return Data(out.bytes)
    }
}

/// The JSON text as UTF-8 bytes: appending bytes costs far less than growing a `String` piece by piece.
private struct JSONBytes {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(32 * 1024) }

    mutating func write(_ value: OutputValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .double(let number): append(Self.format(number))
        case .string(let text): writeString(text)
        case .array(let elements):
            guard !elements.isEmpty else { return append("[]") }
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1)
                write(element, depth: depth + 1)
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { return append("{}") }
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, element)) in pairs.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1)
                writeString(key)
                append(": ")
                write(element, depth: depth + 1)
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A line break and two spaces per level.
    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * depth) { bytes.append(UInt8(ascii: " ")) }
    }

    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// A JSON string: quote, backslash and control characters escaped, and U+2028/U+2029 (E2 80 A8/A9),
    /// which some JavaScript parsers take for line ends. Everything else is copied byte for byte.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20: append(String(format: "\\u%04x", byte))
            case 0xA8...0xA9 where previous == (0xE2, 0x80):
                // Replace the two bytes already copied with the escape of the whole scalar.
                bytes.removeLast(2)
                append(byte == 0xA8 ? "\\u2028" : "\\u2029")
            default: bytes.append(byte)
            }
            previous = (previous.1, byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
