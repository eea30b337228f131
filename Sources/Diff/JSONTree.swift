import Emit
import Foundation

/// Reads JSON into the `OutputValue` tree the pipeline emits, so an expected file and a fresh conversion are
/// compared as values, whatever Referent version wrote the file.
///
/// JSONSerialization does not keep the order of keys, so they come out in contract order (`ContractShape`),
/// unknown keys after the known ones, alphabetically.
public enum JSONTree {
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Parses JSON text; any top-level value is accepted, the comparison decides what it makes of it.
    public static func parse(_ data: Data) throws(ParseError) -> OutputValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ParseError(description: "not valid JSON: \(error.localizedDescription)")
        }
        return value(of: object, at: "")
    }

    /// `pattern` is the path with `[]` for indices, which tells the contract's key order.
    private static func value(of object: Any, at pattern: String) -> OutputValue {
        switch object {
        case let text as String: return .string(text)
        case let number as NSNumber: return value(of: number)
        case let array as [Any]: return .array(array.map { value(of: $0, at: pattern + "[]") })
        case let dictionary as [String: Any]:
            return .object(
                ContractShape.keys(Set(dictionary.keys), pattern: pattern).map { key in
                    (key, value(of: dictionary[key] as Any, at: pattern.isEmpty ? key : pattern + "." + key))
                })
        default: return .null
        }
    }

    /// JSONSerialization hands out booleans and numbers alike as NSNumber; the type encoding tells them apart
    /// ("c" for a boolean, "d"/"f" for a fraction).
    private static func value(of number: NSNumber) -> OutputValue {
        switch String(cString: number.objCType) {
        case "c", "B": .bool(number.boolValue)
        case "d", "f": .double(number.doubleValue)
        default: .int(number.intValue)
        }
    }

    /// Equal as JSON: object keys in any order, `595` and `595.0` the same number (the JSON writer drops a
    /// whole number's fraction, so a parsed file has ints where the pipeline has doubles).
    public static func equivalent(_ lhs: OutputValue, _ rhs: OutputValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            return left.allSatisfy { key, value in rhs[key].map { equivalent(value, $0) } ?? false }
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy(equivalent)
        case (.int(let whole), .double(let fraction)), (.double(let fraction), .int(let whole)):
            return Double(whole) == fraction
        default:
            return lhs == rhs
        }
    }

    /// The tree without the fields whose pattern (`generator.version`, `pages[].confidence`) is in `ignored`;
    /// a pattern `*.name` drops `name` at any depth.
    public static func removing(_ ignored: Set<String>, from value: OutputValue, at path: String = "") -> OutputValue {
        switch value {
        case .object(let pairs):
            return .object(
                pairs.compactMap { key, child in
                    let childPath = path.isEmpty ? key : path + "." + key
                    guard !isIgnored(childPath, key: key, ignored) else { return nil }
                    return (key, removing(ignored, from: child, at: childPath))
                })
        case .array(let elements):
            return .array(elements.map { removing(ignored, from: $0, at: path + "[]") })
        default:
            return value
        }
    }

    private static func isIgnored(_ pattern: String, key: String, _ ignored: Set<String>) -> Bool {
        ignored.contains(pattern) || ignored.contains("*." + key)
    }
}
