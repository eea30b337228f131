import DocumentModel
import Extraction
import Foundation

/// A hash of everything in the configuration that can change an output, so the ledger can tell that a
/// document converted under another configuration must be converted again.
///
/// The description is built by walking the value with `Mirror`, so a key the owner adds to `PipelineConfig`
/// is covered without touching this file. Sets are sorted (their order differs between processes) and the
/// keys that only steer the batch (`jobs`, `batch`) are left out: changing them must not redo the archive.
public enum ConfigFingerprint {
    /// Top-level keys that do not affect what a document's outputs contain.
    static let batchOnlyKeys: Set<String> = ["jobs", "batch"]

    /// SHA-256 (hex) of the canonical description of `config`.
    public static func hash(of config: PipelineConfig) -> String {
        var outputRelevant = config
        outputRelevant.ocr.threads = 0  // how many threads read a page does not change what is read
        return sha256Hex(of: Data(canonicalDescription(of: outputRelevant).utf8))
    }

    /// A stable, process-independent text form of `config`.
    public static func canonicalDescription(of config: PipelineConfig) -> String {
        let fields = Mirror(reflecting: config).children.compactMap { child -> String? in
            guard let label = child.label, !batchOnlyKeys.contains(label) else { return nil }
            return "\(label)=\(describe(child.value))"
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            let fields = mirror.children.map { "\($0.label ?? "_")=\(describe($0.value))" }
            return "{" + fields.joined(separator: ",") + "}"
        case .optional:
            return mirror.children.first.map { describe($0.value) } ?? "nil"
        case .collection, .tuple:
            return "[" + mirror.children.map { describe($0.value) }.joined(separator: ",") + "]"
        case .set, .dictionary:
            return "[" + mirror.children.map { describe($0.value) }.sorted().joined(separator: ",") + "]"
        case .enum:
            let name = String(describing: value).split(separator: "(").first.map(String.init) ?? ""
            let payload = mirror.children.map { describe($0.value) }.joined(separator: ",")
            return payload.isEmpty ? name : "\(name)(\(payload))"
        default:
            return String(reflecting: value)
        }
    }
}
