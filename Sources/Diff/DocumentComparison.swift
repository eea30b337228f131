import Emit

/// Compares an expected "referent/1" output with a new one, semantically: volatile fields are ignored, list
/// elements are matched by identity (items by number and title, participants by name …), numbers and key
/// order as JSON sees them.
public struct DocumentComparison: Sendable {
    /// Fields that change from run to run without the extraction changing, as patterns (`[]` for any index,
    /// `*.name` for a key at any depth):
    /// - `generator.version`: every release would otherwise differ everywhere;
    /// - `source.file`: how the converter was invoked (relative or absolute path), not what it read;
    /// - `*.timings`, `*.elapsed`: stage timings, should an output carry them.
    public static let volatileFields: Set<String> = ["generator.version", "source.file", "*.timings", "*.elapsed"]

    /// The patterns not compared: `volatileFields` plus any the caller adds.
    public var ignored: Set<String>

    public init(ignoring extra: Set<String> = []) {
        ignored = Self.volatileFields.union(extra)
    }

    /// The changes from `expected` to `actual`, in contract order; empty when they agree.
    public func changes(from expected: OutputValue, to actual: OutputValue) -> [Change] {
        var comparison = TreeComparison()
        comparison.compare(
            JSONTree.removing(ignored, from: expected), JSONTree.removing(ignored, from: actual), at: "")
        return comparison.changes
    }
}
