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
        var page = PageLines(text: text, fonts: fonts, styles: styles, pageNumber: pageNumber)
        var pendingSpace = false
        /// The em size of the fragment's last glyph, carried so each glyph's size is looked up once.
        var previousSize = 0.0
        for (index, scalar) in text.scalars.enumerated() {
            if scalar == "\n" {
                page.endFragment()
                pendingSpace = false
                continue
            }
            if scalar.isLayoutWhitespace {
                pendingSpace = page.fragmentHasGlyphs
                continue
            }
            guard index < text.boxes.count else { continue }
            let glyphSize = size(of: index, text, fonts)
            if let previous = page.lastGlyph {
                let glyph = text.boxes[index]
                let before = text.boxes[previous]
                let em = max(glyphSize, previousSize, 1)
                let gap = glyph.minX - before.maxX
                let sameRow = abs(glyph.midY - before.midY) <= 0.5 * max(glyph.height, before.height, 1)
                let cut =
                    !sameRow || gap < -0.5 * em
                    || gap > (pendingSpace ? Self.columnGapEms : Self.cellGapEms) * em
                if cut {
                    page.endFragment()
                } else if pendingSpace || gap > Self.wordGapEms * em {
                    page.appendSpace()
                }
            }
            page.append(scalar, glyph: index)
            previousSize = glyphSize
            pendingSpace = false
        }
        page.endFragment()
        let pageLinks = attach(links, to: &page.lines, glyphs: page.glyphs, ranges: page.lineGlyphs, text: text)
        return (page.lines, pageLinks)
    }

    /// Collects a page's lines while its glyphs are walked: the glyph indices of every line in one array,
    /// and the current fragment's text as UTF-8, so no per-glyph Strings or per-line arrays are made.
    private struct PageLines {
        let text: PageText
        let fonts: [Int?]
        let styles: [FontStyle]
        let pageNumber: Int
        var lines: [Line] = []
        /// Glyph indices of all lines, in order; line `i` owns `glyphs[lineGlyphs[i]]`.
        var glyphs: [Int] = []
        var lineGlyphs: [Range<Int>] = []
        /// The current fragment's text, with the spaces the layout implies.
        private var utf8: [UInt8] = []
        private var fragmentStart = 0

        init(text: PageText, fonts: [Int?], styles: [FontStyle], pageNumber: Int) {
            self.text = text
            self.fonts = fonts
            self.styles = styles
            self.pageNumber = pageNumber
            glyphs.reserveCapacity(text.boxes.count)
        }

        var fragmentHasGlyphs: Bool { glyphs.count > fragmentStart }
        var lastGlyph: Int? { fragmentHasGlyphs ? glyphs.last : nil }

        /// Called once per glyph of every page; inlined so the two appends are not a call each.
        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar, glyph: Int) {
            if scalar.isASCII {
                utf8.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { utf8.append($0) }
            }
            glyphs.append(glyph)
        }

        mutating func appendSpace() {
            utf8.append(UInt8(ascii: " "))
        }

        /// Closes the current fragment (a visual line or table cell) into a line, if it has glyphs.
        mutating func endFragment() {
            guard fragmentHasGlyphs else { return }
            let range = fragmentStart..<glyphs.count
            lines.append(makeLine(glyphs[range], text: String(decoding: utf8, as: UTF8.self)))
            lineGlyphs.append(range)
            utf8.removeAll(keepingCapacity: true)
            fragmentStart = glyphs.count
        }

        private func makeLine(_ indices: ArraySlice<Int>, text lineText: String) -> Line {
            let first = indices[indices.startIndex]
            var box = text.boxes[first]
            for index in indices.dropFirst() { box = box.union(text.boxes[index]) }
            // Most lines are set in one run: count runs only when the line changes font.
            var dominant = fonts[first]
            if indices.contains(where: { fonts[$0] != dominant }) {
                dominant = LineBuilder.mostCommonRun(of: indices, fonts: fonts)
            }
            let font = dominant.map { styles[$0] } ?? .unknown(size: (box.height * 10).rounded() / 10)
            let startsBold = fonts[first].map { styles[$0].bold } ?? font.bold
            return Line(text: lineText, box: box.rounded, font: font, startsBold: startsBold, page: pageNumber)
        }
    }

    /// The run covering most glyphs, the first-numbered on a tie. A line has few runs: a list of counts
    /// searched in place is cheaper than a dictionary.
    private static func mostCommonRun(of glyphs: ArraySlice<Int>, fonts: [Int?]) -> Int? {
        var counts: [(run: Int, count: Int)] = []
        for glyph in glyphs {
            guard let run = fonts[glyph] else { continue }
            if let slot = counts.firstIndex(where: { $0.run == run }) {
                counts[slot].count += 1
            } else {
                counts.append((run, 1))
            }
        }
        return counts.max { ($0.count, $1.run) < ($1.count, $0.run) }?.run
    }

    private func size(of index: Int, _ text: PageText, _ fonts: [Int?]) -> Double {
        fonts[index].map { text.runs[$0].size } ?? text.boxes[index].height
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
        _ links: [(box: Rect, uri: String)], to lines: inout [Line], glyphs: [Int], ranges: [Range<Int>],
        text: PageText
    ) -> [PageLink] {
        let slack = 1.0
        return links.map { link in
            let area = Rect(
                minX: link.box.minX - slack, minY: link.box.minY - slack,
                maxX: link.box.maxX + slack, maxY: link.box.maxY + slack)
            var anchors: [String] = []
            for (lineIndex, range) in ranges.enumerated() {
                var covered = String.UnicodeScalarView()
                var previous: Int?
                for index in glyphs[range] {
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
    /// `properties.isWhitespace`, with the Latin-1 answer found without a Unicode table lookup (nearly every
    /// glyph of Danish text): U+0085 and U+00A0 are the only white space above ASCII in that block.
    var isLayoutWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x100 { return value == 0x85 || value == 0xA0 }
        return properties.isWhitespace
    }
}
