/// A JSON-shaped value with ordered keys: the one tree both JSON and XML are written from, so the two
/// always say the same thing.
public indirect enum OutputValue: Equatable, Sendable {
    case object([(String, OutputValue)])
    case array([OutputValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (lhs: OutputValue, rhs: OutputValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// A string, or null when absent.
    static func optional(_ value: String?) -> OutputValue { value.map { .string($0) } ?? .null }
    static func optional(_ value: Int?) -> OutputValue { value.map { .int($0) } ?? .null }
    static func optional(_ value: Double?) -> OutputValue { value.map { .double($0) } ?? .null }

    /// The value under `key` of an object.
    public subscript(key: String) -> OutputValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}

extension String {
    /// Drops what XML 1.0 cannot carry (C0 controls other than tab, newline and return; U+FFFE, U+FFFF),
    /// so a PDF's stray control characters never make an output ill-formed.
    var removingControlCharacters: String {
        guard unicodeScalars.contains(where: { !$0.isXMLCharacter }) else { return self }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.filter(\.isXMLCharacter))
        return String(scalars)
    }
}

extension Unicode.Scalar {
    /// Whether XML 1.0 can carry the scalar (its `Char` production).
    public var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
