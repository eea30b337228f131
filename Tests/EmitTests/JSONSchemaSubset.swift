import Foundation

/// Validates JSON against the subset of JSON Schema 2020-12 that `schemas/referent-1.schema.json` uses
/// (type, const, enum, pattern, minimum, properties, required, additionalProperties, items, oneOf, local $ref),
/// so the test suite checks outputs against the shipped schema without Python.
struct JSONSchemaSubset: @unchecked Sendable {  // immutable after init
    let root: [String: Any]

    init(contentsOf url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// The violations found, each with its JSON pointer; empty when the instance is valid.
    func errors(in instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, against: root, at: "", into: &errors)
        return errors
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/") else { return schema }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return resolve(node as? [String: Any] ?? [:])
    }

    private func check(_ value: Any, against raw: [String: Any], at path: String, into errors: inout [String]) {
        let schema = resolve(raw)
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as? String ?? ""]
            guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
                return errors.append("\(path): expected \(allowed.joined(separator: " or ")), got \(type(of: value))")
            }
        }
        if let constant = schema["const"] as? String, value as? String != constant {
            errors.append("\(path): expected \(constant)")
        }
        if let choices = schema["enum"] as? [String], !(value is NSNull) {
            if !choices.contains(value as? String ?? "\u{0}") { errors.append("\(path): \(value) not in \(choices)") }
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            errors.append("\(path): '\(string)' does not match \(pattern)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum {
            errors.append("\(path): \(number) < \(minimum)")
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, into: &scratch)
                return scratch.isEmpty
            }
            if passing.count != 1 { errors.append("\(path): matches \(passing.count) of oneOf") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            for (key, child) in object {
                if let property = properties[key] as? [String: Any] {
                    check(child, against: property, at: "\(path)/\(key)", into: &errors)
                } else if schema["additionalProperties"] as? Bool == false {
                    errors.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)/\(index)", into: &errors)
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return value is Bool
        case "integer":
            guard let number = value as? NSNumber, !(value is String) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !(value is String)
        default: return false
        }
    }
}
