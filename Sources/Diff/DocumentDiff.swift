import Emit

/// The comparison of one document: its changes, or why it could not be compared.
public struct DocumentDiff: Sendable {
    /// How the report names the document: the PDF's path under the inputs, or `A.json → B.json`.
    public var document: String
    public var changes: [Change]
    /// There was no expected output to compare with (a PDF found with `--add-missing`).
    public var isNew: Bool
    /// Why the document could not be compared (missing PDF, unreadable JSON, failed conversion).
    public var error: String?

    public init(document: String, changes: [Change] = [], isNew: Bool = false, error: String? = nil) {
        self.document = document
        self.changes = changes
        self.isNew = isNew
        self.error = error
    }

    /// Something differs from the expected output (and the document could be compared).
    public var differs: Bool { error == nil && (isNew || !changes.isEmpty) }
}

/// What a run of `referent diff` concludes, with the exit code it maps to (README, "Exit codes").
public enum DiffVerdict: Int32, Sendable {
    /// Every document matches its expected output.
    case same = 0
    /// At least one document differs (or is new).
    case differs = 1
    /// At least one document could not be compared; this wins over `differs`, because a run that could not
    /// look at every document must not pass for a run that found only known differences.
    case error = 2

    /// The verdict for a run; with `updating`, differences were written as the new expectations and pass.
    public init(_ results: [DocumentDiff], updating: Bool = false) {
        if results.contains(where: { $0.error != nil }) {
            self = .error
        } else if !updating && results.contains(where: \.differs) {
            self = .differs
        } else {
            self = .same
        }
    }
}

/// Counts for the report's last line.
public struct DiffTally: Sendable, Equatable {
    public var differing = 0
    public var new = 0
    public var unchanged = 0
    public var failed = 0

    public init(_ results: [DocumentDiff]) {
        for result in results {
            if result.error != nil {
                failed += 1
            } else if result.isNew {
                new += 1
            } else if result.changes.isEmpty {
                unchanged += 1
            } else {
                differing += 1
            }
        }
    }

    /// `1 document differs, 14 unchanged`, with new and failed documents when there are any.
    public var line: String {
        var parts = ["\(differing) document\(differing == 1 ? " differs" : "s differ")", "\(unchanged) unchanged"]
        if new > 0 { parts.append("\(new) new") }
        if failed > 0 { parts.append("\(failed) failed") }
        return parts.joined(separator: ", ")
    }
}
