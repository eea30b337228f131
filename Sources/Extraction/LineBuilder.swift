import DocumentModel

/// Turns a page's raw text layer into layout lines: one `Line` per line of poppler's text, with the union
/// of its glyph boxes, its dominant font, and the link anchors it carries.
struct LineBuilder {
    var pageNumber: Int

    func lines(from text: PageText, links: [(box: Rect, uri: String)]) -> (lines: [Line], links: [PageLink]) {
        let fonts = fontIndex(text)
        var lines: [Line] = []
        var lineRanges: [Range<Int>] = []
        var start = 0
        for index in 0...text.scalars.count where index == text.scalars.count || text.scalars[index] == "\n" {
            if let line = makeLine(text, range: start..<index, fonts: fonts) {
                lines.append(line)
                lineRanges.append(start..<index)
            }
            start = index + 1
        }
        let pageLinks = attach(links, to: &lines, ranges: lineRanges, text: text)
        return (lines, pageLinks)
    }

    private func makeLine(_ text: PageText, range: Range<Int>, fonts: [Int?]) -> Line? {
        let visible = range.filter { !text.scalars[$0].properties.isWhitespace && $0 < text.boxes.count }
        guard let first = visible.first else { return nil }
        guard let box = visible.map({ text.boxes[$0] }).enclosingRect else { return nil }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: text.scalars[range])
        let lineText = String(string).trimmingWhitespace()

        var counts: [Int: Int] = [:]
        for index in visible { if let run = fonts[index] { counts[run, default: 0] += 1 } }
        let dominant = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let font = dominant.map { FontStyle(run: text.runs[$0]) } ?? .unknown(size: (box.height * 10).rounded() / 10)
        let startsBold = fonts[first].map { FontStyle(run: text.runs[$0]).bold } ?? font.bold
        return Line(text: lineText, box: box.rounded, font: font, startsBold: startsBold, page: pageNumber)
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
        _ links: [(box: Rect, uri: String)], to lines: inout [Line], ranges: [Range<Int>], text: PageText
    ) -> [PageLink] {
        let slack = 1.0
        return links.map { link in
            let area = Rect(
                minX: link.box.minX - slack, minY: link.box.minY - slack,
                maxX: link.box.maxX + slack, maxY: link.box.maxY + slack)
            var anchors: [String] = []
            for (lineIndex, range) in ranges.enumerated() {
                var covered = String.UnicodeScalarView()
                for index in range where index < text.boxes.count {
                    let glyph = text.boxes[index]
                    if area.minX <= glyph.midX, glyph.midX <= area.maxX, area.minY <= glyph.midY,
                        glyph.midY <= area.maxY
                    {
                        covered.append(text.scalars[index])
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
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
