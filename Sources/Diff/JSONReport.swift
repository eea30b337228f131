import Emit
import Foundation

/// The machine-readable report: one JSON array of changes
/// `{document, path, kind, old, new}`, written like every other Referent output (`JSONWriter`).
///
/// `old` or `new` is left out when that side is absent (a missing field, an added or removed element's
/// other side), so a field that went from missing to `null` stays visible. A new document (no expected
/// output yet) is `{document, path: "", kind: "added"}`; a document that could not be compared is
/// `{document, path: "", kind: "error", message}`.
public enum JSONReport {
    public static func data(_ results: [DocumentDiff]) -> Data {
        JSONWriter.data(.array(results.flatMap(entries)))
    }

    static func entries(_ result: DocumentDiff) -> [OutputValue] {
        let document = ("document", OutputValue.string(result.document))
        if let error = result.error {
            return [
                .object([document, ("path", .string("")), ("kind", .string("error")), ("message", .string(error))])
            ]
        }
        if result.isNew {
            return [.object([document, ("path", .string("")), ("kind", .string("added"))])]
        }
        return result.changes.map { change in
            var pairs = [document, ("path", .string(change.path)), ("kind", .string(change.kind.rawValue))]
            if let old = change.old { pairs.append(("old", old)) }
            if let new = change.new { pairs.append(("new", new)) }
            return .object(pairs)
        }
    }
}
