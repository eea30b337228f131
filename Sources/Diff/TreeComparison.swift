import Emit

/// Walks two versions of a JSON tree side by side and records what differs, guided by `ContractShape`.
/// Never fails: a field present on one side only is a change, a value of another type is a change.
struct TreeComparison {
    private(set) var changes: [Change] = []
    private var scope: Scope?

    /// Compares one value in both versions; nil is an absent field.
    mutating func compare(_ old: OutputValue?, _ new: OutputValue?, at path: String) {
        switch (old, new) {
        case (nil, nil):
            return
        case (.object(let oldPairs)?, .object(let newPairs)?):
            let pattern = ContractShape.pattern(of: path)
            for key in ContractShape.keys(Set(oldPairs.map(\.0) + newPairs.map(\.0)), pattern: pattern) {
                compare(old?[key], new?[key], at: path.isEmpty ? key : path + "." + key)
            }
        case (.array(let oldElements)?, .array(let newElements)?):
            compareList(oldElements, newElements, at: path)
        case (let old?, let new?) where JSONTree.equivalent(old, new):
            return
        default:
            record(.changed, at: path, old: old, new: new)
        }
    }

    private mutating func compareList(_ old: [OutputValue], _ new: [OutputValue], at path: String) {
        let pattern = ContractShape.pattern(of: path) + "[]"
        let steps: [AlignmentStep]
        switch ContractShape.identity[pattern] ?? .equality {
        case .equality:
            steps = ListAlignment.align(old, new, isSame: JSONTree.equivalent)
        case .fields(let keys):
            steps = ListAlignment.align(old, new) { lhs, rhs in
                keys.allSatisfy { key in JSONTree.equivalent(lhs[key] ?? .null, rhs[key] ?? .null) }
            }
        case .agendaItem:
            steps = ListAlignment.align(
                old, new, isSame: ItemMatcher.isSame, pairingScore: ItemMatcher.pairingScore)
        }
        for step in steps {
            switch step {
            case .removed(let index):
                record(.removed, at: "\(path)[\(index)]", old: old[index], new: nil)
            case .added(let index):
                record(.added, at: "\(path)[\(index)]", old: nil, new: new[index])
            case .matched(let oldIndex, let newIndex):
                let elementPath = "\(path)[\(newIndex)]"
                let outer = scope
                if ContractShape.scopes.contains(pattern) {
                    scope = Scope(path: elementPath, title: ValueDescription.describe(new[newIndex], at: elementPath))
                }
                compare(old[oldIndex], new[newIndex], at: elementPath)
                scope = outer
            }
        }
    }

    private mutating func record(_ kind: Change.Kind, at path: String, old: OutputValue?, new: OutputValue?) {
        changes.append(Change(path: path, kind: kind, old: old, new: new, scope: scope))
    }
}
