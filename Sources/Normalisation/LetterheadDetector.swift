import DocumentModel

/// Finds a letterhead or sidebar box: a stack of narrow lines right of the main column near the top of a
/// page (a sender's address, "Init.: MHJE"), set on their own baselines rather than as cells of the body's
/// rows. Such lines would otherwise interleave with the meeting header; they go to `page.asides`.
struct LetterheadDetector {
    let config: NormalisationConfig

    /// Two lines are set on the same baseline when their bottoms differ by less than this (points).
    static let baselineTolerance = 1.5
    /// Line heights a gap inside one letterhead box may span (one blank line and the leading around it).
    static let blankLineGapFactor = 3.5

    /// Splits `lines` into body and aside lines (each in their original order).
    func split(_ lines: [Line], page: Page) -> (body: [Line], asides: [Line]) {
        let candidates = lines.indices.filter { index in
            let box = lines[index].box
            return box.minX >= config.letterheadMinXFraction * page.width
                && box.width <= config.letterheadMaxWidthFraction * page.width
        }.sorted { lines[$0].box.minY < lines[$1].box.minY }
        var asides: Set<Int> = []
        for stack in stacks(of: candidates, in: lines) where isLetterhead(stack, lines: lines, page: page) {
            asides.formUnion(stack)
        }
        guard !asides.isEmpty else { return (lines, []) }
        let body = lines.indices.filter { !asides.contains($0) }.map { lines[$0] }
        let aside = lines.indices.filter { asides.contains($0) }.sorted { lines[$0].box.minY < lines[$1].box.minY }
            .map { lines[$0] }
        return (body, aside)
    }

    /// Groups candidates (sorted top to bottom) into vertical stacks with small gaps and a shared edge.
    private func stacks(of candidates: [Int], in lines: [Line]) -> [[Int]] {
        var stacks: [[Int]] = []
        for index in candidates {
            let box = lines[index].box
            if let last = stacks.last?.last {
                let previous = lines[last].box
                let gap = box.minY - previous.maxY
                let aligned =
                    abs(box.minX - previous.minX) <= 2 * config.indentTolerance
                    || abs(box.maxX - previous.maxX) <= 2 * config.indentTolerance
                // A letterhead may hold a blank line ("Init.: …" set apart below the address): a wider gap
                // is still the same box when the left edge and the type size are exactly the same.
                let sameBox =
                    abs(box.minX - previous.minX) < 1 && lines[index].font.size == lines[last].font.size
                    && gap <= Self.blankLineGapFactor * max(previous.height, box.height)
                if (gap <= 1.5 * max(previous.height, box.height) && aligned) || sameBox {
                    stacks[stacks.count - 1].append(index)
                    continue
                }
            }
            stacks.append([index])
        }
        return stacks
    }

    private func isLetterhead(_ stack: [Int], lines: [Line], page: Page) -> Bool {
        guard stack.count >= config.letterheadMinLines,
            let bottom = stack.map({ lines[$0].box.maxY }).max(),
            bottom <= config.letterheadMaxYFraction * page.height
        else { return false }
        // Table cells share their row's baseline with a label on the left; a letterhead does not.
        let members = Set(stack)
        let onBodyBaselines = stack.filter { index in
            let box = lines[index].box
            return lines.indices.contains { other in
                !members.contains(other) && lines[other].box.maxX <= box.minX
                    && abs(lines[other].box.maxY - box.maxY) < Self.baselineTolerance
            }
        }
        return Double(onBodyBaselines.count) < 0.5 * Double(stack.count)
    }
}
