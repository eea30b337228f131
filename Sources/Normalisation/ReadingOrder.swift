import DocumentModel
import Foundation

/// Puts a page's body lines into reading order: top to bottom, a two-column region column by column,
/// and the cells of one table row (label | value at the same height) left to right — merged into one
/// line when `mergeRowCells` is set, as poppler itself sometimes delivers them.
struct ReadingOrder {
    let config: NormalisationConfig
    /// Cells of one row have about the same height; beyond this ratio they are not merged.
    static let maxRowHeightRatio = 2.0

    func arrange(_ lines: [Line]) -> (lines: [Line], columns: Bool) {
        guard lines.count > 1 else { return (lines, false) }
        guard let split = ColumnLayout(config: config).split(lines) else { return (rows(lines), false) }
        let segments = [split.above, split.left, split.right, split.below]
        return (segments.flatMap { rows($0.map { lines[$0] }) }, true)
    }

    /// Lines grouped into rows by vertical overlap, rows top to bottom, cells left to right.
    private func rows(_ lines: [Line]) -> [Line] {
        let sorted = lines.sorted { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }
        var rows: [[Line]] = []
        for line in sorted {
            if let first = rows.last?.first, sameRow(first.box, line.box) {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.flatMap { row -> [Line] in
            let cells = row.sorted { $0.box.minX < $1.box.minX }
            return config.mergeRowCells && cells.count > 1 ? [merge(cells)] : cells
        }
    }

    private func sameRow(_ a: Rect, _ b: Rect) -> Bool {
        let smaller = min(a.height, b.height)
        guard smaller > 0 else { return a.minY == b.minY }
        // A line far taller than its neighbour is a block poppler glued together (table cells), not a cell.
        guard max(a.height, b.height) <= Self.maxRowHeightRatio * smaller else { return false }
        return a.verticalOverlap(with: b) >= config.rowOverlapFraction * smaller
    }

    /// Whether `text` starts or ends with a scalar of `CharacterSet.whitespaces`; if not, trimming leaves it
    /// as it is and the costly Foundation call is skipped.
    private static func mayNeedTrimming(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" : CharacterSet.whitespaces.contains(scalar)
        }
        return isWhitespace(first) || isWhitespace(last)
    }

    /// One line from a row's cells: texts joined by a space, the largest cell's font, all links.
    private func merge(_ cells: [Line]) -> Line {
        let texts = cells.map(\.text).filter { !$0.isEmpty }
        let dominant = cells.max { $0.text.count < $1.text.count } ?? cells[0]
        let confidences = cells.compactMap(\.confidence)
        var merged = Line(
            text: texts.joined(separator: " "), box: cells.map(\.box).enclosingRect ?? cells[0].box,
            font: dominant.font, startsBold: cells[0].startsBold, page: cells[0].page,
            links: cells.flatMap(\.links),
            confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count))
        if Self.mayNeedTrimming(merged.text) { merged.text = merged.text.trimmingCharacters(in: .whitespaces) }
        return merged
    }
}
