/// Chooses the agenda items among the candidates as one global decision: the best-scoring chain of
/// candidates in reading order whose numbers increase. Consecutive numbers and a consistent heading style are
/// rewarded, gaps (closed items) and a start other than 1 cost a little, so a numbered list inside an item
/// cannot outbid the real sequence, and a document with no heading-like chain gets no items.
struct ItemSequence {
    let layout: DocumentLayout
    let config: SegmentationConfig

    /// Weights of the sequence evidence.
    private let consecutiveBonus = 2.0
    private let gapPenalty = 1.0
    private let startPenalty = 1.0
    private let styleMismatchPenalty = 1.0
    /// The share of the gap penalty paid between headings of one style.
    private let sameStyleGapFactor = 0.25
    /// A candidate nested in a list under an earlier numbered line is a list entry, not an agenda item; the
    /// cost is paid per entry and per level (up to `maxNestedLevels`), so a long nested list cannot outbid the
    /// shallower agenda around it.
    private let nestedPenalty = 2.0
    private let maxNestedLevels = 3

    func choose(_ candidates: [HeadingCandidate]) -> [HeadingCandidate] {
        let pool = candidates.filter { !$0.tableOfContents }
        guard !pool.isEmpty else { return [] }
        var best = [Double](repeating: 0, count: pool.count)
        var back = [Int?](repeating: nil, count: pool.count)
        for i in pool.indices {
            best[i] = weight(pool[i]) - (pool[i].number == 1 ? 0 : startPenalty)
            for j in 0..<i where precedes(pool[j], pool[i]) {
                let value = best[j] + weight(pool[i]) + transition(pool[j], pool[i])
                if value > best[i] {
                    best[i] = value
                    back[i] = j
                }
            }
        }
        guard let end = best.indices.max(by: { best[$0] < best[$1] }), best[end] >= config.minimumChainScore else {
            return []
        }
        var chain: [HeadingCandidate] = []
        var k: Int? = end
        while let i = k {
            chain.append(pool[i])
            k = back[i]
        }
        return chain.reversed()
    }

    private func weight(_ c: HeadingCandidate) -> Double {
        c.score - nestedPenalty * Double(min(c.depth, maxNestedLevels))
    }

    private func precedes(_ a: HeadingCandidate, _ b: HeadingCandidate) -> Bool {
        a.number < b.number || (a.number == b.number && a.suffix < b.suffix)
    }

    /// Whether two headings are set alike: same numbering form, weight, size and indentation.
    func sameStyle(_ a: HeadingCandidate, _ b: HeadingCandidate) -> Bool {
        let la = layout.lines[a.line]
        let lb = layout.lines[b.line]
        return la.bold == lb.bold && abs(la.size - lb.size) < config.fontSizeTolerance
            && abs(a.textX - b.textX) <= config.marginTolerance && a.form == b.form
    }

    private func transition(_ a: HeadingCandidate, _ b: HeadingCandidate) -> Double {
        let la = layout.lines[a.line]
        let lb = layout.lines[b.line]
        let boldDiffers = la.bold != lb.bold
        let sizeDiffers = abs(la.size - lb.size) >= config.fontSizeTolerance
        let indentDiffers = abs(a.textX - b.textX) > config.marginTolerance
        let sameStyle = self.sameStyle(a, b)
        var t: Double
        let gap = b.number - a.number - 1
        if gap < 0 {
            t = consecutiveBonus / 2  // 4 → 4a
        } else if gap == 0 || (b.number == a.number + 1 && !b.suffix.isEmpty) {
            t = consecutiveBonus
        } else {
            // Skipped numbers between headings set alike are closed, withdrawn or misread items.
            t = -gapPenalty * Double(min(gap, 6)) * (sameStyle ? sameStyleGapFactor : 1)
        }
        if boldDiffers { t -= styleMismatchPenalty }
        if sizeDiffers { t -= styleMismatchPenalty }
        if indentDiffers { t -= styleMismatchPenalty / 2 }
        if a.form != b.form { t -= styleMismatchPenalty / 2 }
        return t
    }
}
