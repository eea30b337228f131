import DocumentModel

/// Groups a page's ordered body lines into blocks: a new block starts at a vertical gap, a jump back up
/// (the next column), a list marker, a change between heading and body style, or a first-line indent.
/// A list item keeps lines that hang under its text or continue a full line.
struct BlockBuilder {
    let config: NormalisationConfig
    /// The document's body font size (the most common), against which headings are larger.
    let bodyFontSize: Double

    func blocks(for lines: [Line]) -> [Block] {
        guard !lines.isEmpty else { return [] }
        // Closures rather than key paths: nested key paths are looked up at run time, line by line.
        let lineHeight = median(lines.map { $0.box.height }.filter { $0 > 0 }) ?? 12
        let textRight = lines.map { $0.box.maxX }.max() ?? 0
        let textWidth = max(1, textRight - (lines.map { $0.box.minX }.min() ?? 0))
        var blocks: [Block] = []
        var start = 0
        var kind = kindOfFirst(lines[0], previous: nil)
        // The leftmost edge of the block so far, kept up to date instead of rescanning the block per line.
        var blockLeft = lines[0].box.minX
        for index in 1..<lines.count {
            let line = lines[index]
            let previous = lines[index - 1]
            if previous.box.minX < blockLeft { blockLeft = previous.box.minX }
            let gap = line.box.minY - previous.box.maxY
            let heading = isHeadingStyle(line)
            var breaks =
                gap > config.paragraphGapFactor * lineHeight
                || line.box.maxY < previous.box.minY
                || ListMarker.startsItem(line.text, after: previous.text)
                || heading != (kind == .heading)
                || abs(line.font.size - previous.font.size) > 1
            if !breaks {
                switch kind {
                case .listItem:
                    let hangs = line.box.minX > lines[start].box.minX + config.indentTolerance
                    let previousFull = previous.box.maxX >= textRight - 0.15 * textWidth
                    breaks = !hangs && !previousFull
                case .paragraph:
                    breaks = line.box.minX > blockLeft + config.indentTolerance && index - start >= 2
                case .heading, .aside:
                    break
                }
            }
            if breaks {
                blocks.append(block(kind, start..<index, lines))
                start = index
                blockLeft = line.box.minX
                kind = kindOfFirst(line, previous: previous)
            }
        }
        blocks.append(block(kind, start..<lines.count, lines))
        return blocks
    }

    private func kindOfFirst(_ line: Line, previous: Line?) -> Block.Kind {
        if isHeadingStyle(line) { return .heading }
        return ListMarker.startsItem(line.text, after: previous?.text) ? .listItem : .paragraph
    }

    /// Bold throughout or clearly larger than the body text, and short. The font is asked first: most
    /// lines are body text, and counting a line's characters costs far more.
    func isHeadingStyle(_ line: Line) -> Bool {
        guard line.font.bold || line.font.size >= bodyFontSize * config.headingSizeRatio else { return false }
        return SingleScalarText.characterCount(line.text) <= config.headingMaxLength
            && line.text.contains(where: \.isLetter)
    }

    private func block(_ kind: Block.Kind, _ range: Range<Int>, _ lines: [Line]) -> Block {
        Block(kind: kind, lines: range, box: lines[range].map { $0.box }.enclosingRect ?? lines[range.lowerBound].box)
    }

    private func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }
}
