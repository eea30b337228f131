import DocumentModel

/// Turns a page's raw text layer into layout lines with the union of their glyph boxes, their dominant font
/// and the link anchors they carry.
///
/// poppler's text is the starting point, but its lines are not trusted as they come: poppler-glib glues table
/// cells and label/value columns together without a space ("MødeByrådet") and can run one cell's text
/// into the next row's. So each poppler line is walked glyph by glyph and cut where the glyphs leave the
/// baseline, jump back left, or open a gap wider than a column gap; a word gap without a space character
/// gets one.
struct LineBuilder {
    var pageNumber: Int

    /// A gap wider than this many ems between glyphs with no space character starts a new line (a cell).
    static let cellGapEms = 1.0
    /// A gap wider than this many ems cuts the line even across a space character (justified text stretches
    /// its spaces, but not this far).
    static let columnGapEms = 2.5
    /// A gap wider than this many ems with no space character is a word gap.
    static let wordGapEms = 0.15

    func lines(from text: PageText, links: [(box: Rect, uri: String)]) -> (lines: [Line], links: [PageLink]) {
        let fonts = fontIndex(text)
        let styles = text.runs.map(FontStyle.init(run:))
        var lines: [Line] = []
        var lineIndices: [[Int]] = []
        var start = 0
        for index in 0...text.scalars.count where index == text.scalars.count || text.scalars[index] == "\n" {
            for fragment in fragments(text, range: start..<index, fonts: fonts) {
                if let line = makeLine(text, fragment: fragment, fonts: fonts, styles: styles) {
                    lines.append(line)
                    lineIndices.append(fragment.indices)
                }
            }
            start = index + 1
        }
        let pageLinks = attach(links, to: &lines, indices: lineIndices, text: text)
        return (lines, pageLinks)
    }

    /// Glyphs of one visual line or table cell, and its text with the spaces the layout implies.
    struct Fragment {
        var indices: [Int] = []
        var text = String.UnicodeScalarView()
    }

    private func fragments(_ text: PageText, range: Range<Int>, fonts: [Int?]) -> [Fragment] {
        var result: [Fragment] = []
        var current = Fragment()
        var pendingSpace = false
        for index in range {
            let scalar = text.scalars[index]
            if scalar.isLayoutWhitespace {
                pendingSpace = !current.indices.isEmpty
                continue
            }
            guard index < text.boxes.count else { continue }
            if let previous = current.indices.last {
                let glyph = text.boxes[index]
                let before = text.boxes[previous]
                let em = max(size(of: index, text, fonts), size(of: previous, text, fonts), 1)
                let gap = glyph.minX - before.maxX
                let sameRow = abs(glyph.midY - before.midY) <= 0.5 * max(glyph.height, before.height, 1)
                let cut =
                    !sameRow || gap < -0.5 * em
                    || gap > (pendingSpace ? Self.columnGapEms : Self.cellGapEms) * em
                if cut {
                    result.append(current)
                    current = Fragment()
                } else if pendingSpace || gap > Self.wordGapEms * em {
                    current.text.append(" ")
                }
            }
            current.text.append(scalar)
            current.indices.append(index)
            pendingSpace = false
        }
        if !current.indices.isEmpty { result.append(current) }
        return result
    }

    private func size(of index: Int, _ text: PageText, _ fonts: [Int?]) -> Double {
        fonts[index].map { text.runs[$0].size } ?? text.boxes[index].height
    }

    private func makeLine(_ text: PageText, fragment: Fragment, fonts: [Int?], styles: [FontStyle]) -> Line? {
        guard let first = fragment.indices.first else { return nil }
        var box = text.boxes[first]
        for index in fragment.indices.dropFirst() { box = box.union(text.boxes[index]) }
        // Most lines are set in one run: count runs only when the line changes font.
        var dominant = fonts[first]
        if fragment.indices.contains(where: { fonts[$0] != dominant }) {
            var counts: [Int: Int] = [:]
            for index in fragment.indices { if let run = fonts[index] { counts[run, default: 0] += 1 } }
            dominant = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        let font = dominant.map { styles[$0] } ?? .unknown(size: (box.height * 10).rounded() / 10)
        let startsBold = fonts[first].map { styles[$0].bold } ?? font.bold
        return Line(text: String(fragment.text), box: box.rounded, font: font, startsBold: startsBold, page: pageNumber)
    }

    /// For every scalar, the index of the font run covering it.
    private func fontIndex(_ text: PageText) -> [Int?] {
        var index = [Int?](repeating: nil, count: text.scalars.count)
        for (runIndex, run) in text.runs.enumerated() {
            let lower = max(0, run.range.lowerBound)
            let upper = min(text.scalars.count, run.range.upperBound)
            guard lower < upper else { continue }
            for position in lower..<upper { index[position] = runIndex }
        }
        return index
    }

    /// Matches each link area against glyph boxes (not `get_text_for_area`, which spills into neighbouring
    /// lines) and records the covered words on their lines.
    private func attach(
        _ links: [(box: Rect, uri: String)], to lines: inout [Line], indices: [[Int]], text: PageText
    ) -> [PageLink] {
        let slack = 1.0
        return links.map { link in
            let area = Rect(
                minX: link.box.minX - slack, minY: link.box.minY - slack,
                maxX: link.box.maxX + slack, maxY: link.box.maxY + slack)
            var anchors: [String] = []
            for (lineIndex, glyphs) in indices.enumerated() {
                var covered = String.UnicodeScalarView()
                var previous: Int?
                for index in glyphs {
                    let glyph = text.boxes[index]
                    if area.minX <= glyph.midX, glyph.midX <= area.maxX, area.minY <= glyph.midY,
                        glyph.midY <= area.maxY
                    {
                        // Spaces are not glyphs of a fragment: a skipped scalar or a word-wide gap is one.
                        if let previous, !covered.isEmpty,
                            index > previous + 1
                                || glyph.minX - text.boxes[previous].maxX > Self.wordGapEms * glyph.height
                        {
                            covered.append(" ")
                        }
                        covered.append(text.scalars[index])
                        previous = index
                    }
                }
                let anchor = String(covered).trimmingWhitespace()
                guard !anchor.isEmpty else { continue }
                anchors.append(anchor)
                lines[lineIndex].links.append(LineLink(text: anchor, uri: link.uri))
            }
            return PageLink(box: link.box.rounded, uri: link.uri, anchorText: anchors.joined(separator: " "))
        }
    }
}

extension FontStyle {
    /// Reads weight and slant from the font's name, the only evidence a PDF reliably carries.
    init(run: FontRun) {
        var name = run.fontName
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = String(name[name.index(after: plus)...])
        }
        let lower = name.lowercased()
        let bold = ["bold", "black", "heavy", "semibold", "demi"].contains { lower.contains($0) }
        let italic = lower.contains("italic") || lower.contains("oblique")
        self.init(name: name, size: (run.size * 10).rounded() / 10, bold: bold, italic: italic)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLayoutWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isLayoutWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, with the ASCII answer found without a Unicode table lookup (most glyphs).
    var isLayoutWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
