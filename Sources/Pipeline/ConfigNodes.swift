import Yams

/// A YAML mapping with its position, for strict key checks.
struct ConfigMapping {
    let loader: ConfigLoader
    let path: String
    let pairs: [(key: String, value: Node, line: Int?)]

    subscript(key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Refuses keys that are not in `known`, naming the line and the keys that are.
    func expectKeys(_ known: [String]) throws(ConfigError) {
        for pair in pairs where !known.contains(pair.key) {
            throw ConfigError(
                file: loader.file, line: pair.line,
                message: "unknown key '\(pair.key)' in \(path) (expected one of: \(known.joined(separator: ", ")))")
        }
        var seen: Set<String> = []
        for pair in pairs where !seen.insert(pair.key).inserted {
            throw ConfigError(file: loader.file, line: pair.line, message: "key '\(pair.key)' appears twice in \(path)")
        }
    }
}

extension ConfigLoader {
    func fail(_ node: Node, _ message: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, message: message)
    }

    func mapping(_ node: Node, at path: String) throws(ConfigError) -> ConfigMapping {
        guard let mapping = node.mapping else { throw fail(node, "\(path) must be a mapping of keys to values") }
        var pairs: [(key: String, value: Node, line: Int?)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw fail(key, "keys in \(path) must be strings") }
            pairs.append((name, value, key.mark?.line))
        }
        return ConfigMapping(loader: self, path: path, pairs: pairs)
    }

    func int(_ node: Node, _ key: String, range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard node.scalar != nil, let value = node.int, range.contains(value) else {
            throw fail(node, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func double(_ node: Node, _ key: String, range: ClosedRange<Double>) throws(ConfigError) -> Double {
        guard node.scalar != nil, let value = node.float ?? node.int.map(Double.init), range.contains(value) else {
            throw fail(node, "\(key) must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func bool(_ node: Node, _ key: String) throws(ConfigError) -> Bool {
        guard node.scalar != nil, let value = node.bool else { throw fail(node, "\(key) must be true or false") }
        return value
    }

    func string(_ node: Node, _ key: String) throws(ConfigError) -> String {
        guard let scalar = node.scalar, node.null == nil || scalar.style != .plain else {
            throw fail(node, "\(key) must be a string")
        }
        return scalar.string
    }

    func optionalString(_ node: Node, _ key: String) throws(ConfigError) -> String? {
        if node.scalar?.style == .plain, node.null != nil { return nil }
        return try string(node, key)
    }

    func strings(_ node: Node, _ key: String) throws(ConfigError) -> [String] {
        guard let sequence = node.sequence else { throw fail(node, "\(key) must be a list of strings") }
        var values: [String] = []
        for element in sequence { values.append(try string(element, "each entry of \(key)")) }
        return values
    }

    func labelKinds(_ node: Node, _ key: String) throws(ConfigError) -> [PipelineConfig.LabelKind] {
        guard let sequence = node.sequence else { throw fail(node, "\(key) must be a list of {label, kind}") }
        var values: [PipelineConfig.LabelKind] = []
        for element in sequence {
            let entry = try mapping(element, at: "an entry of \(key)")
            try entry.expectKeys(["label", "kind"])
            guard let label = entry["label"], let kind = entry["kind"] else {
                throw fail(element, "each entry of \(key) needs both 'label' and 'kind'")
            }
            values.append(.init(label: try string(label, "\(key).label"), kind: try string(kind, "\(key).kind")))
        }
        return values
    }

    func formats(_ node: Node, _ key: String) throws(ConfigError) -> Set<OutputFormat> {
        var result: Set<OutputFormat> = []
        for name in try strings(node, key) {
            guard let format = OutputFormat(rawValue: name) else {
                throw fail(
                    node, "\(key) may contain only: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result.insert(format)
        }
        guard !result.isEmpty else { throw fail(node, "\(key) must name at least one format") }
        return result
    }
}
