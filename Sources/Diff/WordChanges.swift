/// Which words of two word lists changed, from the standard library's `difference(from:)`: the offsets of the
/// old words that were removed and of the new words that were inserted. Shared by the text report and the
/// review module's side-by-side page.
public struct WordChanges: Equatable, Sendable {
    public let removed: Set<Int>
    public let inserted: Set<Int>

    public init(old: [String], new: [String]) {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        self.removed = removed
        self.inserted = inserted
    }
}
