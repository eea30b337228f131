import DocumentModel

/// Detects a two-column page: a vertical gutter that no line crosses over most of the page's text height,
/// with enough lines of enough width on both sides (a table's narrow label column does not qualify).
struct ColumnLayout {
    let config: NormalisationConfig

    /// A column region: lines above it, the left and right columns, lines below it (indices into the input).
    struct Split {
        var above: [Int]
        var left: [Int]
        var right: [Int]
        var below: [Int]
    }

    func split(_ lines: [Line]) -> Split? {
        guard lines.count >= 2 * config.columnMinLines,
            let region = lines.map(\.box).enclosingRect, region.height > 0
        else { return nil }
        let order = lines.indices.sorted { lines[$0].box.minY < lines[$1].box.minY }
        let minimumWidth = config.columnMinWidthFraction * region.width
        let gutters = Set(lines.map { ($0.box.maxX).rounded() }).filter {
            $0 >= region.minX + minimumWidth && $0 <= region.maxX - minimumWidth - config.columnMinGutter
        }
        var best: (split: Split, count: Int)?
        for gutter in gutters.sorted() {
            guard let split = run(for: gutter, order: order, lines: lines, region: region) else { continue }
            let count = split.left.count + split.right.count
            if count > (best?.count ?? 0) { best = (split, count) }
        }
        return best?.split
    }

    /// A table's cells sit on their row's baseline; the columns of running text drift apart at the first
    /// paragraph break. Many shared baselines therefore mean a table, read row by row.
    private func isTable(left: [Int], right: [Int], lines: [Line]) -> Bool {
        let (fewer, more) = left.count <= right.count ? (left, right) : (right, left)
        let bottoms = more.map { lines[$0].box.maxY }.sorted()
        let aligned = fewer.filter { index in
            let bottom = lines[index].box.maxY
            return bottoms.contains { abs($0 - bottom) < LetterheadDetector.baselineTolerance }
        }
        return Double(aligned.count) >= config.columnMaxAlignedFraction * Double(fewer.count)
    }

    /// The longest stretch of lines (top to bottom) that stays clear of the gutter at `x`.
    private func run(for x: Double, order: [Int], lines: [Line], region: Rect) -> Split? {
        let gutterEnd = x + config.columnMinGutter
        func crosses(_ index: Int) -> Bool { lines[index].box.minX < gutterEnd && lines[index].box.maxX > x + 0.5 }
        var bestRange = 0..<0
        var start = 0
        for position in 0...order.count {
            if position == order.count || crosses(order[position]) {
                if position - start > bestRange.count { bestRange = start..<position }
                start = position + 1
            }
        }
        let members = order[bestRange]
        let left = members.filter { lines[$0].box.maxX <= x + 0.5 }
        let right = members.filter { lines[$0].box.minX >= gutterEnd }
        guard left.count >= config.columnMinLines, right.count >= config.columnMinLines,
            let leftBox = left.map({ lines[$0].box }).enclosingRect,
            let rightBox = right.map({ lines[$0].box }).enclosingRect,
            leftBox.width >= config.columnMinWidthFraction * region.width,
            rightBox.width >= config.columnMinWidthFraction * region.width,
            min(leftBox.minY, rightBox.minY) < max(leftBox.maxY, rightBox.maxY),
            leftBox.union(rightBox).height >= config.columnMinHeightFraction * region.height,
            !isTable(left: left, right: right, lines: lines)
        else { return nil }
        return Split(
            above: Array(order[..<bestRange.lowerBound]), left: left, right: right,
            below: Array(order[bestRange.upperBound...]))
    }
}
