/// One step through two versions of a list: an element kept (possibly changed), removed or added.
enum AlignmentStep: Equatable {
    case matched(old: Int, new: Int)
    case removed(old: Int)
    case added(new: Int)
}

/// Lines up two versions of a list with the standard library's collection difference, so the elements that
/// stay are paired in order and only the others are reported as removed or added.
enum ListAlignment {
    /// The steps in reading order: the new list's order, each removed element where it used to stand.
    ///
    /// `isSame` recognises an element in both versions. With `pairingScore`, elements left over as removed and
    /// added are paired afterwards, best score first: an item that moved out of order is then matched too.
    static func align<Element>(
        _ old: [Element], _ new: [Element], isSame: (Element, Element) -> Bool,
        pairingScore: ((Element, Element) -> Double?)? = nil
    ) -> [AlignmentStep] {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old, by: isSame) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        let keptOld = old.indices.filter { !removed.contains($0) }
        let keptNew = new.indices.filter { !inserted.contains($0) }
        var partner = Dictionary(uniqueKeysWithValues: zip(keptNew, keptOld))
        if let pairingScore {
            var candidates: [(score: Double, old: Int, new: Int)] = []
            for newIndex in inserted {
                for oldIndex in removed {
                    if let score = pairingScore(old[oldIndex], new[newIndex]) {
                        candidates.append((score, oldIndex, newIndex))
                    }
                }
            }
            candidates.sort { ($0.score, $1.new, $1.old) > ($1.score, $0.new, $0.old) }
            for candidate in candidates where removed.contains(candidate.old) && inserted.contains(candidate.new) {
                removed.remove(candidate.old)
                inserted.remove(candidate.new)
                partner[candidate.new] = candidate.old
            }
        }
        return steps(oldCount: old.count, newCount: new.count, partner: partner)
    }

    /// Walks the new list; before each matched element, the removed ones that stood before its old position.
    private static func steps(oldCount: Int, newCount: Int, partner: [Int: Int]) -> [AlignmentStep] {
        let matchedOld = Set(partner.values)
        var pendingRemoved = (0..<oldCount).filter { !matchedOld.contains($0) }
        var steps: [AlignmentStep] = []
        for newIndex in 0..<newCount {
            guard let oldIndex = partner[newIndex] else {
                steps.append(.added(new: newIndex))
                continue
            }
            while let first = pendingRemoved.first, first < oldIndex {
                steps.append(.removed(old: first))
                pendingRemoved.removeFirst()
            }
            steps.append(.matched(old: oldIndex, new: newIndex))
        }
        steps += pendingRemoved.map { .removed(old: $0) }
        return steps
    }
}
