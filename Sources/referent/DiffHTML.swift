import Diff
import Emit
import Review

/// `referent diff --format html`: every change side by side, old and new, words marked; item texts and titles
/// in full so the words read in context.
enum DiffHTML {
    static func page(_ results: [DocumentDiff], oldName: String, newName: String) -> String {
        var pairs: [ItemDiffPage.Pair] = []
        for result in results {
            if let error = result.error {
                pairs.append(ItemDiffPage.Pair(label: "\(result.document): error", old: nil, new: error))
                continue
            }
            if result.isNew { pairs.append(ItemDiffPage.Pair(label: "\(result.document): new", old: nil, new: "")) }
            for change in result.changes {
                let place = change.scope.map { "\($0.title) · \(change.relativePath)" } ?? change.path
                pairs.append(
                    ItemDiffPage.Pair(
                        label: "\(result.document) · \(place)", old: text(change.old), new: text(change.new)))
            }
        }
        return ItemDiffPage.html(
            title: "referent diff: \(results.filter(\.differs).count) of \(results.count) documents differ",
            oldName: oldName, newName: newName, pairs: pairs)
    }

    /// Strings as they read; other values in their compact JSON form; absent as nil.
    private static func text(_ value: OutputValue?) -> String? {
        guard let value else { return nil }
        if case .string(let string) = value { return string }
        return ValueDescription.compact(value)
    }
}
