import Emit

/// One difference between an expected output and a new one, at a path such as `items[3].title`.
///
/// Indices in `path` are positions in the new output; for a removed element, its position in the expected one.
public struct Change: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// Where the change is, e.g. `meeting.location`, `items[3].text`, `pages[1].furniture[0]`.
    public var path: String
    public var kind: Kind
    /// The expected value; nil when the field or element is absent (not the same as JSON null).
    public var old: OutputValue?
    /// The new value; nil when absent.
    public var new: OutputValue?
    /// The item, participant or page the change belongs to, so a report can group changes under it.
    public var scope: Scope?

    public init(path: String, kind: Kind, old: OutputValue?, new: OutputValue?, scope: Scope? = nil) {
        self.path = path
        self.kind = kind
        self.old = old
        self.new = new
        self.scope = scope
    }

    /// The path below the scope (`text` for `items[3].text` in scope `items[3]`), or the whole path.
    public var relativePath: String {
        guard let scope, path.hasPrefix(scope.path + ".") else { return path }
        return String(path.dropFirst(scope.path.count + 1))
    }

    /// The path with every index replaced by `[]`: `items[3].text` → `items[].text`.
    public var pattern: String { ContractShape.pattern(of: path) }
}

/// A matched element of the document that changes are grouped under: an item, a participant or a page.
public struct Scope: Sendable, Hashable {
    /// `items[3]`.
    public var path: String
    /// How a reader recognises it: `4. "Handleplan for det nære sundhedsvæsen"`.
    public var title: String

    public init(path: String, title: String) {
        self.path = path
        self.title = title
    }
}
